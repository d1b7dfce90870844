import 'server-only';
import type { TemplateIssue } from '../../templates/rules';
import { measureModelZone, modelInspection } from './index';

// The server never trusts a draft's millimetres for a product made from a 3D model: each
// printable surface is measured again on the stored model, and the bounding box is worked
// out again from the model and its unit, whenever a draft is saved or published.

type Uv = { u0: number; v0: number; u1: number; v1: number };
type Surface = { mesh: string; uv: Uv; widthMm: number; heightMm: number; stretchPct: number };
type ModelGeometry = {
  model: { sha256: string };
  scaleToMm: number;
  boundsMm?: { x: number; y: number; z: number };
  surfaces: Surface[];
};

const isModelGeometry = (g: unknown): g is ModelGeometry => {
  const m = g as Partial<ModelGeometry> | null;
  return (
    !!m &&
    typeof m.model?.sha256 === 'string' &&
    typeof m.scaleToMm === 'number' &&
    m.scaleToMm > 0 &&
    Array.isArray(m.surfaces)
  );
};

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The document with its model's surfaces and bounds measured on the stored model (other kinds
 * unchanged), and the problems of surfaces that cannot be measured, as template issues.
 */
export async function remeasureModel<T extends object>(
  document: T,
): Promise<{ document: T; issues: TemplateIssue[] }> {
  const geometry = (document as { geometry?: unknown }).geometry;
  if (!isModelGeometry(geometry)) return { document, issues: [] };
  const issues: TemplateIssue[] = [];
  const inspection = await modelInspection(geometry.model.sha256);
  if (!inspection) {
    issues.push({
      path: ['geometry', 'model'],
      message: 'The 3D model of this product is missing: upload it again.',
    });
    return { document, issues };
  }
  const scale = geometry.scaleToMm;
  const surfaces = await Promise.all(
    geometry.surfaces.map(async (surface, i) => {
      if (!surface || typeof surface.mesh !== 'string' || !surface.uv) return surface;
      const result = await measureModelZone(geometry.model.sha256, {
        mesh: surface.mesh,
        uv: surface.uv,
        scaleToMm: scale,
      });
      if (!result.ok) {
        issues.push({ path: ['geometry', 'surfaces', i, 'uv'], message: result.error });
        return surface;
      }
      const { widthMm, heightMm, stretchPct } = result.measure;
      return {
        ...surface,
        widthMm: round(widthMm, 3),
        heightMm: round(heightMm, 3),
        stretchPct: round(stretchPct, 2),
      };
    }),
  );
  const b = inspection.bounds;
  const boundsMm = { x: round(b.x * scale, 3), y: round(b.y * scale, 3), z: round(b.z * scale, 3) };
  return { document: { ...document, geometry: { ...geometry, surfaces, boundsMm } }, issues };
}
