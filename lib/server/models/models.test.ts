import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as bad from '../../models/testing/models';
import { setStorage, storage } from '../storage';
import { diskStorage } from '../storage/disk';
import { ingestModel, measureModelZone, modelInspection, storedModelBytes } from './index';
import { remeasureDraft } from '../kinds';
import { remeasureModel } from './remeasure';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-models-'));
beforeAll(() => setStorage(diskStorage(root)));
afterAll(() => {
  setStorage(undefined);
  fs.rmSync(root, { recursive: true, force: true });
});

async function accepted(bytes: Uint8Array, name = 'model.glb') {
  const result = await ingestModel(bytes, name);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.model;
}

describe('ingestModel', () => {
  it('accepts a model of several meshes and materials, lists them and stores it by content', async () => {
    const model = await accepted(await bad.cardModel(), 'card.glb');
    expect(model.meshes.map((m) => [m.name, m.hasUvs, m.materials])).toEqual([
      ['Card', true, ['Paper']],
      ['Board', true, ['Wood']],
      ['Peg', false, ['Wood']],
    ]);
    expect(model.materials.map((m) => m.name)).toEqual(['Paper', 'Wood']);
    expect(model.triangles).toBe(64 + 8 + 2);
    expect(model.bounds.x).toBeCloseTo(0.21, 4);
    expect(model.bounds.y).toBeCloseTo(0.11, 4);
    const card = model.meshes[0]!;
    expect(card.islands).toHaveLength(1);
    const rect = card.islands[0]!.rect;
    [rect.u0, rect.v0, rect.u1, rect.v1].forEach((x, i) =>
      expect(x).toBeCloseTo([0.1, 0.1, 0.9, 0.9][i]!, 4),
    );
    expect(card.islands[0]!.outline.length / 4).toBe(2 * (8 + 4));
    expect(await modelInspection(model.sha256)).toEqual(model);
    expect((await storedModelBytes(model.sha256))?.byteLength).toBe(model.bytes.stored);
    // The same upload again is the same stored model.
    expect((await accepted(await bad.cardModel())).sha256).toBe(model.sha256);
  });

  it('stores the tumbler at most a third of its uploaded size', async () => {
    const upload = new Uint8Array(fs.readFileSync('e2e/fixtures/tumbler-cm.glb'));
    const model = await accepted(upload, 'tumbler-cm.glb');
    expect(model.meshes.map((m) => m.name)).toEqual(['Tumbler', 'Lid']);
    expect(model.bounds.y).toBeCloseTo(15, 2);
    expect(model.bytes.stored).toBeLessThan(upload.byteLength / 3);
  });

  it('inspects a model stored without an inspection (the seed catalogue) on first use', async () => {
    const bytes = new Uint8Array(fs.readFileSync('prisma/seed-models/notebook.glb'));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await storage().put(`models/${sha256}.glb`, bytes, { contentType: 'model/gltf-binary' });
    const model = await modelInspection(sha256);
    expect(model?.meshes.map((m) => m.name)).toEqual(['Cover', 'Pages', 'Elastic']);
    expect(model?.center.y).toBeGreaterThan(0);
  });

  it('accepts a .gltf with its files in one .zip, and re-encodes its texture', async () => {
    const model = await accepted(await bad.zippedGltf(), 'card.zip');
    expect(model.meshes[0]!.hasUvs).toBe(true);
    expect(model.materials[0]!.hasTexture).toBe(true);
  });

  it.each([
    ['not glTF 2.0', bad.gltfVersion1, 422, /glTF 1\.0 file: Onekind reads glTF 2\.0/],
    ['truncated', bad.truncated, 422, /truncated/],
    ['wrong magic', bad.wrongMagic, 422, /its magic is wrong/],
    ['not a model at all', () => Promise.resolve(new TextEncoder().encode('hello')), 415, /not a glTF model/],
    ['over 50 MB', () => Promise.resolve(bad.overSizeLimit()), 413, /larger than 50 MB/],
    ['over 300,000 triangles', bad.tooManyTriangles, 422, /304,000 triangles; at most 300,000/],
    ['a texture over 4096 px', bad.hugeTexture, 422, /4100 × 8 px: textures may be at most 4096 px/],
    ['no mesh', bad.noMesh, 422, /no mesh/],
    ['an external URI', bad.externalUri, 422, /https:\/\/example\.com\/card\.bin/],
    ['a file outside the zip', () => bad.zippedGltf({ escape: true }), 422, /"\.\.\/card\.bin"/],
  ])('refuses %s', async (_, make, status, message) => {
    const result = await ingestModel(await make(), 'bad.glb');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(status);
    expect(result.error).toMatch(message);
  });

  it("gives the validator's errors with their JSON pointers", async () => {
    const glb = await bad.cardModel();
    const json = JSON.parse(
      new TextDecoder().decode(glb.subarray(20, 20 + new DataView(glb.buffer).getUint32(12, true))),
    ) as { meshes: Array<{ primitives: Array<{ indices: number }> }> };
    json.meshes[0]!.primitives[0]!.indices = 99;
    const text = new TextEncoder().encode(JSON.stringify(json));
    const result = await ingestModel(text, 'broken.gltf');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/glTF validator found \d+ error/);
    expect(result.issues?.some((i) => i.pointer === '/meshes/0/primitives/0/indices')).toBe(true);
  });
});

describe('measureModelZone', () => {
  it('measures a zone on a mesh in mm, and refuses a mesh without UVs and a zone off its island', async () => {
    const model = await accepted(await bad.cardModel());
    // The card: 200 x 100 mm over uv 0.1..0.9, so 250 mm per u and 125 mm per v.
    const half = await measureModelZone(model.sha256, {
      mesh: 'Card',
      uv: { u0: 0.1, v0: 0.1, u1: 0.5, v1: 0.9 },
      scaleToMm: 1000,
    });
    expect(half.ok && half.measure.widthMm).toBeCloseTo(100, 1);
    expect(half.ok && half.measure.heightMm).toBeCloseTo(100, 1);
    expect(half.ok && half.measure.stretchPct).toBeLessThan(0.5);
    const peg = await measureModelZone(model.sha256, {
      mesh: 'Peg',
      uv: { u0: 0.2, v0: 0.2, u1: 0.4, v1: 0.4 },
      scaleToMm: 1000,
    });
    expect(peg).toMatchObject({ ok: false, code: 'no-uvs' });
    const off = await measureModelZone(model.sha256, {
      mesh: 'Card',
      uv: { u0: 0.05, v0: 0.2, u1: 0.4, v1: 0.4 },
      scaleToMm: 1000,
    });
    expect(off).toMatchObject({ ok: false, code: 'crosses-edge' });
  });

  it("measures the tumbler's side in cm as the Blender script states", async () => {
    const model = await accepted(new Uint8Array(fs.readFileSync('e2e/fixtures/tumbler-cm.glb')));
    const side = await measureModelZone(model.sha256, {
      mesh: 'Tumbler',
      uv: { u0: 0.3, v0: 0.6634, u1: 0.5, v1: 0.8634 },
      scaleToMm: 10,
    });
    expect(side.ok).toBe(true);
    if (!side.ok) return;
    expect(side.measure.heightMm).toBeCloseTo(60, 0);
    expect(side.measure.stretchPct).toBeGreaterThan(3);
  });
});

describe('remeasureModel', () => {
  it("replaces a draft's millimetres with the model's own, and names a surface it cannot measure", async () => {
    const model = await accepted(await bad.cardModel());
    const surface = { id: 'front', mesh: 'Card', uv: { u0: 0.1, v0: 0.1, u1: 0.5, v1: 0.9 } };
    const doc = {
      name: 'Card',
      geometry: {
        kind: 'model',
        model: { sha256: model.sha256 },
        scaleToMm: 1000,
        boundsMm: { x: 1, y: 1, z: 1 },
        surfaces: [
          { ...surface, widthMm: 999, heightMm: 999, stretchPct: 0 },
          { ...surface, id: 'peg', mesh: 'Peg', widthMm: 5, heightMm: 5, stretchPct: 0 },
        ],
      },
    };
    const { document, issues } = await remeasureModel(doc);
    const g = document.geometry;
    // Half of the 200 x 100 mm card, whatever the draft said.
    expect(g.surfaces[0]!.widthMm).toBeCloseTo(100, 1);
    expect(g.surfaces[0]!.heightMm).toBeCloseTo(100, 1);
    expect(g.surfaces[1]!.widthMm).toBe(5);
    expect(g.boundsMm.x).toBeCloseTo(210, 1);
    expect(issues).toEqual([
      { path: ['geometry', 'surfaces', 1, 'uv'], message: expect.stringMatching(/"Peg" has no UV layout/) },
    ]);
    // Drafts of other kinds are left alone.
    const mug = { geometry: { kind: 'mug' } };
    expect(await remeasureDraft(mug)).toEqual({ document: mug, issues: [] });
    expect((await remeasureDraft(doc)).document.geometry.surfaces[0]!.widthMm).toBeCloseTo(100, 1);
  });
});
