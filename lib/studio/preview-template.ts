// The template the studio's 3D preview draws while the draft is being edited. A draft is often
// invalid for a moment (a name cleared, a zone dragged past an edge); the preview keeps drawing
// what it can: the draft's own objects where they are sound, the last sound ones otherwise.
// It reuses the draft's objects (never zod's copies) so an unchanged geometry keeps its
// identity and the model is not rebuilt for an edit of a price or a zone.
import { geometrySchema } from '../kinds/schemas';
import { zoneRectSchema } from '../templates/geometry-schema';
import { requiredMeasurements } from '../kinds/traits';
import { templateShapeSchema, type Template, type TemplateInput } from '../templates/schema';

const optionSchema = templateShapeSchema.shape.options.element;

function sizesOk(doc: TemplateInput, kind: Template['geometry']['kind']): boolean {
  const required = requiredMeasurements(kind);
  return (
    doc.sizes.variants.length > 0 &&
    doc.sizes.variants.every((v) =>
      required.every((key) => typeof v.measurements[key] === 'number' && v.measurements[key] > 0),
    )
  );
}

/** The geometry and sizes the preview last drew. */
export type PreviewFallback = Pick<Template, 'geometry' | 'sizes'>;

/** What the preview can draw of `doc`, falling back on `last` for unsound parts; null when nothing can be drawn yet. */
export function previewTemplate(doc: TemplateInput, last: PreviewFallback | null): Template | null {
  const geometry = geometrySchema.safeParse(doc.geometry).success ? doc.geometry : last?.geometry;
  if (!geometry) return null;
  const sizes = sizesOk(doc, geometry.kind) ? (doc.sizes as Template['sizes']) : last?.sizes;
  if (!sizes) return null;
  const options = doc.options.filter((o) => optionSchema.safeParse(o).success) as Template['options'];
  const zones = doc.zones.filter(
    (z) => zoneRectSchema.safeParse(z.rect).success && typeof z.bleedMm === 'number' && z.bleedMm >= 0,
  ) as Template['zones'];
  return { ...(doc as Template), geometry, sizes, options, zones };
}

/** True when the preview draws the draft's own geometry and sizes (nothing fell back). */
export function isSound(preview: Template, doc: TemplateInput): boolean {
  return preview.geometry === doc.geometry && preview.sizes === doc.sizes;
}
