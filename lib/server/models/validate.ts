import 'server-only';
import { createRequire } from 'node:module';
import {
  MAX_MODEL_TRIANGLES,
  MAX_TEXTURE_PX,
  type ModelRefusal,
  type ValidatorMessage,
} from '../../models/upload';
import type { ModelSource } from './read-upload';

// The Khronos glTF validator over an upload. It reads external files only from the upload's
// own .zip (read-upload.ts already refused anything else); its errors refuse the model with
// their JSON pointers, and its report gives the triangle count and texture sizes checked here.

type Report = {
  issues: { numErrors: number; messages: ValidatorMessage[]; truncated: boolean };
  info?: {
    version?: string;
    totalTriangleCount?: number;
    drawCallCount?: number;
    resources?: Array<{ pointer: string; image?: { width: number; height: number } }>;
  };
};

interface Validator {
  validateBytes(
    data: Uint8Array,
    options: {
      format: 'glb' | 'gltf';
      maxIssues: number;
      writeTimestamp: boolean;
      externalResourceFunction: (uri: string) => Promise<Uint8Array>;
    },
  ): Promise<Report>;
}

// gltf-validator ships compiled Dart without type declarations; it is loaded on first use.
let validator: Validator | undefined;
const load = () => (validator ??= createRequire(import.meta.url)('gltf-validator') as Validator);

const MAX_ISSUES = 100;
const refuse = (error: string, issues?: ValidatorMessage[]): ModelRefusal => ({
  ok: false,
  status: 422,
  error,
  ...(issues ? { issues } : {}),
});

const keep = (m: ValidatorMessage): ValidatorMessage => ({
  code: m.code,
  message: m.message,
  severity: m.severity,
  ...(m.pointer !== undefined ? { pointer: m.pointer } : {}),
  ...(m.offset !== undefined ? { offset: m.offset } : {}),
});

/** Validates an upload; the validator's warnings when it passes, a refusal when it does not. */
export async function validateModel(
  source: ModelSource,
): Promise<{ ok: true; warnings: ValidatorMessage[] } | ModelRefusal> {
  const resources = source.format === 'gltf' ? source.resources : new Map<string, Uint8Array>();
  let report: Report;
  try {
    report = await load().validateBytes(source.bytes, {
      format: source.format,
      maxIssues: MAX_ISSUES,
      writeTimestamp: false,
      externalResourceFunction: (uri) => {
        const file = resources.get(uri) ?? resources.get(decodeURIComponent(uri));
        return file ? Promise.resolve(file) : Promise.reject(new Error(`${uri} is not in the upload`));
      },
    });
  } catch {
    return refuse('This file could not be read as glTF: it is damaged or not a glTF 2.0 model.');
  }
  const messages = report.issues.messages.map(keep);
  const errors = messages.filter((m) => m.severity === 0);
  if (report.issues.numErrors > 0) {
    const first = errors[0];
    const where = first?.pointer ?? (first?.offset !== undefined ? `byte ${first.offset}` : 'the file');
    return refuse(
      `The glTF validator found ${report.issues.numErrors} error(s) in this model, the first at ${where}: ${first?.message ?? ''} Fix them in your 3D tool and export it again.`,
      messages.filter((m) => m.severity <= 1),
    );
  }
  const info = report.info ?? {};
  if (info.version && !info.version.startsWith('2.'))
    return refuse(
      `This is a glTF ${info.version} file: Onekind reads glTF 2.0. Export it again as glTF 2.0.`,
    );
  const triangles = info.totalTriangleCount ?? 0;
  if (triangles > MAX_MODEL_TRIANGLES)
    return refuse(
      `The model has ${triangles.toLocaleString('en')} triangles; at most ${MAX_MODEL_TRIANGLES.toLocaleString('en')} keep it smooth on a phone. Simplify it (a decimate modifier) and export it again.`,
    );
  const large = (info.resources ?? []).filter(
    (r) => r.image && (r.image.width > MAX_TEXTURE_PX || r.image.height > MAX_TEXTURE_PX),
  );
  if (large.length)
    return refuse(
      `${large.map((r) => `The texture at ${r.pointer} is ${r.image!.width} × ${r.image!.height} px`).join('; ')}: textures may be at most ${MAX_TEXTURE_PX} px wide and high. Scale them down and export again.`,
    );
  if (!info.drawCallCount || triangles === 0)
    return refuse(
      'The model has no mesh with triangles: there is nothing to show or print on. Export the object itself, not only a scene or camera.',
    );
  return { ok: true, warnings: messages.filter((m) => m.severity === 1) };
}
