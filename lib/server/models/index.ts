import 'server-only';
import { createHash } from 'node:crypto';
import { buffer, text } from 'node:stream/consumers';
import type { Document } from '@gltf-transform/core';
import { measureUvRect, type UvZoneResult } from '../../kinds/model/uv-measure';
import type { MeasureZoneInput, ModelInspection, ModelRefusal } from '../../models/upload';
import { storage } from '../storage';
import { inspectDocument } from './inspect';
import { modelIO, readStoredModel } from './io';
import { meshArrays, meshHasUvs } from './mesh-arrays';
import { optimizeModel } from './optimize';
import { readModelUpload } from './read-upload';
import { validateModel } from './validate';
import { logger } from '../ops/logger';

// A brand's 3D model, from upload to measured zone: read and validated (Khronos), optimized
// (glTF-Transform), stored by content under models/<sha256>.glb with its inspection beside
// it (models/<sha256>.json), and measured there when the studio places a zone.

export type IngestResult = { ok: true; model: ModelInspection } | ModelRefusal;

const glbKey = (sha256: string) => `models/${sha256}.glb`;
const inspectionKey = (sha256: string) => `models/${sha256}.json`;

/** True when `sha256` can name a stored model (lower-case hex), so it is safe in a key. */
export function isModelSha(sha256: string): boolean {
  return /^[0-9a-f]{64}$/.test(sha256);
}

async function loadUpload(
  source: Exclude<ReturnType<typeof readModelUpload>, ModelRefusal>,
): Promise<Document> {
  const io = await modelIO();
  if (source.format === 'glb') return io.readBinary(source.bytes);
  const resources = Object.fromEntries(
    [...source.resources].map(([uri, bytes]) => [uri, new Uint8Array(bytes)]),
  );
  return io.readJSON({ json: source.json as never, resources });
}

/** Validates, optimizes and stores an upload; the inspection of the stored model, or why it was refused. */
export async function ingestModel(bytes: Uint8Array, fileName: string): Promise<IngestResult> {
  const source = readModelUpload(bytes);
  if ('ok' in source) return source;
  const checked = await validateModel(source);
  if (!checked.ok) return checked;
  let stored: Uint8Array;
  try {
    const doc = await loadUpload(source);
    await optimizeModel(doc);
    stored = await (await modelIO()).writeBinary(doc);
  } catch (error) {
    logger().error({ err: error }, 'Optimizing a model failed');
    return {
      ok: false,
      status: 422,
      error:
        'The model passed the glTF validator but could not be optimized. Export it again, without extensions your tool marks as experimental.',
    };
  }
  const sha256 = createHash('sha256').update(stored).digest('hex');
  const found = inspectDocument(await readStoredModel(stored));
  const model: ModelInspection = {
    sha256,
    fileName: fileName.slice(0, 200),
    bytes: { original: bytes.byteLength, stored: stored.byteLength },
    ...found,
    warnings: checked.warnings,
  };
  if (!(await storage().head(glbKey(sha256))))
    await storage().put(glbKey(sha256), stored, { contentType: 'model/gltf-binary' });
  await saveInspection(model);
  return { ok: true, model };
}

/**
 * The inspection of a stored model, or null when there is none. A model stored without one
 * (the seed catalogue's) is inspected now, and the inspection kept.
 */
export async function modelInspection(sha256: string): Promise<ModelInspection | null> {
  if (!isModelSha(sha256)) return null;
  const read = await storage().get(inspectionKey(sha256));
  if (read) return JSON.parse(await text(read.body)) as ModelInspection;
  const bytes = await storedModelBytes(sha256);
  if (!bytes) return null;
  const model: ModelInspection = {
    sha256,
    fileName: `${sha256.slice(0, 12)}.glb`,
    bytes: { original: bytes.byteLength, stored: bytes.byteLength },
    ...inspectDocument(await readStoredModel(bytes)),
    warnings: [],
  };
  await saveInspection(model);
  return model;
}

async function saveInspection(model: ModelInspection): Promise<void> {
  await storage().put(inspectionKey(model.sha256), new TextEncoder().encode(JSON.stringify(model)), {
    contentType: 'application/json',
  });
}

/** The stored GLB's bytes, or null. */
export async function storedModelBytes(sha256: string): Promise<Uint8Array | null> {
  if (!isModelSha(sha256)) return null;
  const read = await storage().get(glbKey(sha256));
  return read ? new Uint8Array(await buffer(read.body)) : null;
}

export type MeasureResult =
  | { ok: true; measure: Extract<UvZoneResult, { ok: true }> }
  | { ok: false; status: 404 | 422; error: string; code?: string };

/** Measures a UV rectangle on a stored model's mesh in mm (refusing a mesh without UVs, seams and overlaps). */
export async function measureModelZone(sha256: string, input: MeasureZoneInput): Promise<MeasureResult> {
  const bytes = await storedModelBytes(sha256);
  if (!bytes) return { ok: false, status: 404, error: 'No such model: upload it again.' };
  const doc = await readStoredModel(bytes);
  const mesh = doc
    .getRoot()
    .listMeshes()
    .find((m) => m.getName() === input.mesh);
  if (!mesh) return { ok: false, status: 422, error: `The model has no mesh named "${input.mesh}".` };
  if (!meshHasUvs(mesh))
    return {
      ok: false,
      status: 422,
      code: 'no-uvs',
      error: `The mesh "${input.mesh}" has no UV layout (TEXCOORD_0), so artwork cannot be placed on it. Unwrap it in your 3D tool and upload the model again.`,
    };
  const arrays = meshArrays(doc, mesh);
  if (!arrays)
    return { ok: false, status: 422, error: `The mesh "${input.mesh}" is not shown in the model's scene.` };
  const result = measureUvRect(arrays, input.uv, input.scaleToMm);
  if (!result.ok) return { ok: false, status: 422, code: result.problem.code, error: result.problem.message };
  return { ok: true, measure: result };
}
