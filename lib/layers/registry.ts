// The layer kinds, one module each (lib/layers/<kind>/). Adding a kind is its folder, its
// schema in lib/design/schema.ts's union and one line here; tsc names what else lacks it.
import type { Layer } from '../design/schema';
import { clipartKind } from './clipart/module';
import { imageKind } from './image/module';
import type { LayerKindModule, LayerKinds } from './kind';
import { monogramKind } from './monogram/module';
import { shapeKind } from './shape/module';
import { textKind } from './text/module';

export const layerKinds: LayerKinds = {
  text: textKind,
  image: imageKind,
  shape: shapeKind,
  clipart: clipartKind,
  monogram: monogramKind,
};

/** The module of a layer's kind, typed for that layer. */
export function layerKind<L extends Layer>(layer: L): LayerKindModule<L> {
  // One cast here instead of a switch in every caller: the registry's mapped type guarantees
  // that the module at layer.kind takes exactly this layer.
  return layerKinds[layer.kind] as unknown as LayerKindModule<L>;
}
