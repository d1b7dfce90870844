// The registry of drawings: each kind's catalogue picture, drawn to scale from its geometry.
// Used by server-rendered pages and production sheets (lib/render/product-illustration.ts),
// never shipped to the browser.
import { jeansDrawing } from './jeans/drawing';
import type { KindDrawing, ProductKind } from './kind';
import { modelDrawing } from './model/drawing';
import { mugDrawing } from './mug/drawing';
import { phoneCaseDrawing } from './phone-case/drawing';
import { teeDrawing } from './tee/drawing';
import { toteDrawing } from './tote/drawing';

export const KIND_DRAWINGS: { [K in ProductKind]: KindDrawing<K> } = {
  'phone-case': phoneCaseDrawing,
  mug: mugDrawing,
  tee: teeDrawing,
  jeans: jeansDrawing,
  tote: toteDrawing,
  model: modelDrawing,
};

/** The drawing of a kind, typed for that kind's geometry. */
export function kindDrawing<K extends ProductKind>(kind: K): KindDrawing<K> {
  return KIND_DRAWINGS[kind];
}
