// What a product kind brings to the browser's components, as types: its 3D model here, its
// studio geometry form (a plain component) in geometry-forms.ts. Each kind's folder,
// components/kinds/<kind>/, exports one of each; see lib/kinds/kind.ts for the rest of a kind.
import type { Swatch } from '@/components/scene/materials';
import type { ProductModel } from '@/components/scene/models/types';
import type { GeometryOf, Measurements, ProductKind } from '@/lib/kinds/kind';

/** A kind's 3D model, in millimetres, and how its parts look when no option dresses them. */
export type KindModel<K extends ProductKind> = {
  /**
   * The model in one size. A procedural kind builds it from its geometry at once; a kind whose
   * model is a file (a brand's upload) may load it and answer with a promise.
   */
  build(g: GeometryOf<K>, measurements: Measurements): ProductModel | Promise<ProductModel>;
  /** Finishes of the model's parts that no option dresses (the phone inside the case, the jeans' thread). */
  fixedSwatches: Readonly<Record<string, Swatch>>;
};
