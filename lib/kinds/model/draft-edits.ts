// The studio's edits of a product made from a brand's 3D model, as pure functions of the draft:
// a new upload, its unit, the materials options dress, printable surfaces (each with a zone on
// it) and camera views. The server measures surfaces again on save (lib/server/models/remeasure).
import type { ModelGeometry, ModelSurface, ModelView } from './schema';
import type { ModelInspection } from '../../models/upload';
import type { TemplateInput } from '../../templates/schema';
import { uniqueId } from '../../studio/edit';

type Doc = TemplateInput;

/** The three units a model is usually authored in, as mm per glTF unit. */
export const MODEL_UNITS = [
  { label: 'Metres (glTF’s unit)', scaleToMm: 1000 },
  { label: 'Centimetres', scaleToMm: 10 },
  { label: 'Millimetres', scaleToMm: 1 },
] as const;

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The draft's model geometry, or null for another kind. */
export function modelGeometryOf(doc: Doc): ModelGeometry | null {
  const g = doc.geometry as { kind: string };
  return g.kind === 'model' ? (doc.geometry as ModelGeometry) : null;
}

/** The bounding box in mm at a unit. */
export function boundsMm(
  inspection: Pick<ModelInspection, 'bounds'>,
  scaleToMm: number,
): ModelGeometry['boundsMm'] {
  const b = inspection.bounds;
  return { x: round(b.x * scaleToMm), y: round(b.y * scaleToMm), z: round(b.z * scaleToMm) };
}

/** The unit that makes the model `heightMm` tall (its y extent). */
export function scaleForHeight(inspection: Pick<ModelInspection, 'bounds'>, heightMm: number): number {
  return inspection.bounds.y > 0 ? heightMm / inspection.bounds.y : 1000;
}

/** A camera looking at the model's front (+z) from far enough to see all of it. */
export function frontView(
  inspection: Pick<ModelInspection, 'bounds' | 'center'>,
  scaleToMm: number,
  id = 'front',
  label = 'Front',
): ModelView {
  const c = inspection.center;
  const target: [number, number, number] = [
    round(c.x * scaleToMm),
    round(c.y * scaleToMm),
    round(c.z * scaleToMm),
  ];
  const b = boundsMm(inspection, scaleToMm);
  const fovDeg = 30;
  const distance = (Math.max(b.x, b.y) / 2 / Math.tan((fovDeg * Math.PI) / 360)) * 1.3 + b.z / 2;
  return {
    id,
    label,
    positionMm: [target[0], target[1], round(target[2] + distance)],
    targetMm: target,
    fovDeg,
  };
}

/**
 * The draft with a newly uploaded model: every material dressable, no surfaces yet (zones wait
 * for one), a front view. Options that dressed a material the new model lacks take its first.
 */
export function withUploadedModel(doc: Doc, inspection: ModelInspection): Doc {
  const scaleToMm = 1000;
  const parts = inspection.materials.map((m) => ({ material: m.name, label: m.name }));
  const geometry: ModelGeometry = {
    kind: 'model',
    model: { sha256: inspection.sha256, bytes: inspection.bytes.stored, fileName: inspection.fileName },
    scaleToMm,
    boundsMm: boundsMm(inspection, scaleToMm),
    parts,
    surfaces: [],
    views: [frontView(inspection, scaleToMm)],
  };
  const first = parts[0]?.material;
  return {
    ...doc,
    geometry,
    options: doc.options.map((o) =>
      first && !parts.some((p) => p.material === o.part) ? { ...o, part: first } : o,
    ),
  };
}

/** The draft with the model read at another unit; views and bounds follow. */
export function withScale(doc: Doc, inspection: ModelInspection, scaleToMm: number): Doc {
  const g = modelGeometryOf(doc);
  if (!g || !(scaleToMm > 0)) return doc;
  const k = scaleToMm / g.scaleToMm;
  const times = (p: [number, number, number]): [number, number, number] => [
    round(p[0] * k),
    round(p[1] * k),
    round(p[2] * k),
  ];
  return {
    ...doc,
    geometry: {
      ...g,
      scaleToMm,
      boundsMm: boundsMm(inspection, scaleToMm),
      views: g.views.map((v) => ({ ...v, positionMm: times(v.positionMm), targetMm: times(v.targetMm) })),
      // Surfaces scale with the unit; the server measures them again on save.
      surfaces: g.surfaces.map((s) => ({
        ...s,
        widthMm: round(s.widthMm * k),
        heightMm: round(s.heightMm * k),
      })),
    },
    zones: doc.zones.map((z) =>
      g.surfaces.some((s) => s.id === z.surface)
        ? {
            ...z,
            rect: {
              xMm: z.rect.xMm * k,
              yMm: z.rect.yMm * k,
              widthMm: z.rect.widthMm * k,
              heightMm: z.rect.heightMm * k,
            },
          }
        : z,
    ),
  };
}

/** The draft with `material` dressable by options (with its label) or not. */
export function withPart(doc: Doc, material: string, dressable: boolean, label = material): Doc {
  const g = modelGeometryOf(doc);
  if (!g) return doc;
  const others = g.parts.filter((p) => p.material !== material);
  const parts = dressable ? [...g.parts.filter((p) => p.material !== material), { material, label }] : others;
  const order = (m: string) => g.parts.findIndex((p) => p.material === m);
  if (dressable && order(material) >= 0) parts.sort((a, b) => order(a.material) - order(b.material));
  return { ...doc, geometry: { ...g, parts } };
}

/** A surface's measured size rounded as the server stores it. */
export function measuredSurface(
  surface: Omit<ModelSurface, 'id' | 'widthMm' | 'heightMm' | 'stretchPct'>,
  measure: { widthMm: number; heightMm: number; stretchPct: number },
  used: string[],
): ModelSurface {
  return {
    ...surface,
    id: uniqueId(surface.label, used),
    widthMm: round(measure.widthMm),
    heightMm: round(measure.heightMm),
    stretchPct: round(measure.stretchPct, 2),
  };
}

// A zone filling a surface, a hair inside it so rounding never puts it over the edge.
const fill = (s: ModelSurface) => ({
  xMm: 0,
  yMm: 0,
  widthMm: Math.floor(s.widthMm * 100) / 100,
  heightMm: Math.floor(s.heightMm * 100) / 100,
});

/**
 * The draft with a new printable surface. Zones whose surface is gone (after a new upload) move
 * onto it, filling it; with none, the first zone is copied onto it.
 */
export function withSurface(doc: Doc, surface: ModelSurface): Doc {
  const g = modelGeometryOf(doc);
  if (!g) return doc;
  const known = new Set(g.surfaces.map((s) => s.id));
  const orphans = doc.zones.filter((z) => !known.has(z.surface));
  let zones = doc.zones.map((z) =>
    known.has(z.surface) ? z : { ...z, surface: surface.id, rect: fill(surface) },
  );
  let pricing = doc.pricing;
  if (orphans.length === 0 && doc.zones[0]) {
    const id = uniqueId(
      surface.label,
      doc.zones.map((z) => z.id),
    );
    zones = [
      ...zones,
      { ...doc.zones[0], id, name: surface.label, surface: surface.id, rect: fill(surface) },
    ];
    const price = doc.pricing.zones.find((p) => p.zone === doc.zones[0]!.id);
    if (price) pricing = { ...pricing, zones: [...pricing.zones, { ...price, zone: id }] };
  }
  return { ...doc, geometry: { ...g, surfaces: [...g.surfaces, surface] }, zones, pricing };
}

/** The draft without a surface (its zones stay, to be moved onto another). */
export function withoutSurface(doc: Doc, id: string): Doc {
  const g = modelGeometryOf(doc);
  return g ? { ...doc, geometry: { ...g, surfaces: g.surfaces.filter((s) => s.id !== id) } } : doc;
}

/** The draft with a named camera view added. */
export function withView(doc: Doc, view: Omit<ModelView, 'id'>): Doc {
  const g = modelGeometryOf(doc);
  if (!g) return doc;
  const id = uniqueId(
    view.label,
    g.views.map((v) => v.id),
  );
  return { ...doc, geometry: { ...g, views: [...g.views, { ...view, id }] } };
}

/** The draft without a view. */
export function withoutView(doc: Doc, id: string): Doc {
  const g = modelGeometryOf(doc);
  return g ? { ...doc, geometry: { ...g, views: g.views.filter((v) => v.id !== id) } } : doc;
}
