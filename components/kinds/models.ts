// The registry of 3D models: how the scene gets each kind's model, in millimetres. A procedural
// kind builds it from its geometry on the spot; a kind whose model is a file (a brand's upload)
// may load it and answer with a promise. Shipped with the scene, which loads lazily.
import type { ProductModel } from '@/components/scene/models/types';
import type { GeometryOf, Measurements, ProductKind } from '@/lib/kinds/kind';
import { buildJeans } from './jeans/model';
import { buildMug } from './mug/model';
import { buildPhoneCase } from './phone-case/model';
import { buildTee } from './tee/model';
import { buildTote } from './tote/model';

/** The model of one kind in one size. */
export type ModelBuilder<K extends ProductKind> = (
  g: GeometryOf<K>,
  measurements: Measurements,
) => ProductModel | Promise<ProductModel>;

export const KIND_MODELS: { [K in ProductKind]: ModelBuilder<K> } = {
  'phone-case': buildPhoneCase,
  mug: buildMug,
  tee: buildTee,
  jeans: buildJeans,
  tote: buildTote,
};

/** The model builder of a kind, typed for that kind's geometry. */
export function kindModel<K extends ProductKind>(kind: K): ModelBuilder<K> {
  return KIND_MODELS[kind];
}
