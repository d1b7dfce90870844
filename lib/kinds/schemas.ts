// The registry of geometry schemas (zod): adding a kind starts here. Its schema in this union
// makes it a ProductKind, and TypeScript then points at every other registry still lacking it
// (lib/kinds/*.ts, components/kinds/*.ts). Studio and server only: browser code that measures
// imports the types (lib/kinds/kind.ts), never this file.
import { z } from 'zod';
import { jeansSchema } from './jeans/schema';
import { modelSchema } from './model/schema';
import { mugSchema } from './mug/schema';
import { phoneCaseSchema } from './phone-case/schema';
import { teeSchema } from './tee/schema';
import { toteSchema } from './tote/schema';

/** A product's geometry in millimetres, one shape per kind. */
export const geometrySchema = z.discriminatedUnion('kind', [
  phoneCaseSchema,
  mugSchema,
  teeSchema,
  jeansSchema,
  toteSchema,
  modelSchema,
]);
