// A brand's own 3D model (glTF binary) as a product: the stored file, its real size, the
// materials options dress, the UV rectangles zones are placed in (each measured on the mesh in
// mm, lib/kinds/model/uv-measure.ts) and the named camera views the configurator offers.
import { z } from 'zod';
import { mm } from '../../templates/geometry-schema';

const slug = (what: string) =>
  z.string({ error: `${what} id must be text` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: `${what} id must be lower-case letters, digits and dashes (e.g. "front")`,
  });

const uvCoordinate = z
  .number({ error: 'UV coordinates are numbers' })
  .min(0, { error: 'UV coordinates run from 0 to 1' })
  .max(1, { error: 'UV coordinates run from 0 to 1' });

/** A rectangle in the mesh's UV space, glTF's convention (v = 0 at the top of the texture). */
export const uvRectSchema = z
  .object({ u0: uvCoordinate, v0: uvCoordinate, u1: uvCoordinate, v1: uvCoordinate })
  .refine((r) => r.u0 < r.u1 && r.v0 < r.v1, { error: 'A UV rectangle needs u0 < u1 and v0 < v1' });

const vec3 = z.tuple([z.number(), z.number(), z.number()], {
  error: 'A point is three numbers (x, y, z) in mm',
});

/** The stored, optimized GLB, content-addressed: GET /api/models/<sha256>.glb serves it. */
export const storedModelSchema = z.object({
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'A model is named by the sha256 of its bytes (64 hex digits)' }),
  bytes: z.number().int().positive(),
  /** The name the brand uploaded it under, for people. */
  fileName: z.string().min(1).max(200),
});

/** One printable area: a UV rectangle on one mesh, and its real size measured on the surface. */
export const modelSurfaceSchema = z.object({
  id: slug('Surface'),
  label: z.string().min(1, { error: 'Name the surface for the brand and the maker' }),
  /** The mesh's name in the GLB. */
  mesh: z.string().min(1),
  /** The material under the rectangle, by name: the print takes on its finish. */
  material: z.string().min(1).optional(),
  uv: uvRectSchema,
  widthMm: mm('Surface width'),
  heightMm: mm('Surface height'),
  /** Spread of mm per UV unit across the rectangle, in per cent (0 = evenly mapped). */
  stretchPct: z.number().nonnegative(),
});

/** A camera the configurator offers by name ("Front", "Engraving side"). */
export const modelViewSchema = z.object({
  id: slug('View'),
  label: z.string().min(1),
  positionMm: vec3,
  targetMm: vec3,
  fovDeg: z.number().min(10).max(90),
});

/**
 * The product seen from the front (glTF +Z, Y up) for the flat catalogue drawing, computed from
 * the mesh (lib/kinds/model/outline.ts): each mesh's silhouette, and where points of each
 * surface land in that view (null where the surface faces away).
 */
export const modelOutlineSchema = z.object({
  widthMm: z.number().positive(),
  heightMm: z.number().positive(),
  /** Back to front; path data in mm, origin at the top-left of the view, y down. */
  meshes: z.array(
    z.object({
      mesh: z.string(),
      material: z.string(),
      /** The material's own base colour, for meshes no option dresses. */
      hex: z.string().regex(/^#[0-9a-f]{6}$/i),
      path: z.string(),
    }),
  ),
  surfaces: z.array(
    z.object({
      id: z.string(),
      /** Points sampled on a (columns x rows) grid across the surface, row by row from its top-left. */
      columns: z.number().int().min(2),
      rows: z.number().int().min(2),
      points: z.array(z.tuple([z.number(), z.number()]).nullable()),
    }),
  ),
});

export const modelSchema = z.object({
  kind: z.literal('model'),
  model: storedModelSchema,
  /** glTF units to mm: 1000 for metres (glTF's unit), 10 for centimetres, 1 for millimetres. */
  scaleToMm: z
    .number({ error: 'The scale must be a number' })
    .positive({ error: 'The scale must be greater than 0' }),
  /** The model's bounding box after scaling, in mm (x across, y up, z toward the front). */
  boundsMm: z.object({ x: mm('Width'), y: mm('Height'), z: mm('Depth') }),
  /** The materials (by name in the GLB) options can dress. */
  parts: z.array(z.object({ material: z.string().min(1), label: z.string().min(1) })),
  surfaces: z.array(modelSurfaceSchema),
  views: z.array(modelViewSchema),
  outlineMm: modelOutlineSchema.optional(),
});
export type ModelGeometry = z.infer<typeof modelSchema>;
export type ModelSurface = ModelGeometry['surfaces'][number];
export type ModelView = ModelGeometry['views'][number];
export type ModelOutline = z.infer<typeof modelOutlineSchema>;
