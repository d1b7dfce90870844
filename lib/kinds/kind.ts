// What a product kind is, as types only: browser code imports these without shipping zod.
import type { z } from 'zod';
import type { geometrySchema } from './schemas';

/** A product's geometry in millimetres, one shape per kind. */
export type Geometry = z.infer<typeof geometrySchema>;
/** 'phone-case', 'mug', 'tee', 'jeans', 'tote': one per schema in lib/kinds/schemas.ts. */
export type ProductKind = Geometry['kind'];
/** The geometry of one kind. */
export type GeometryOf<K extends ProductKind> = Extract<Geometry, { kind: K }>;
