// The registry of 3D models: how the scene gets each kind's model and dresses the parts no
// option dresses. Shipped with the scene, which loads lazily; never on the server.
import type { ProductKind } from '@/lib/kinds/kind';
import { jeansModel } from './jeans/model';
import type { KindModel } from './kind';
import { modelModel } from './model/model';
import { mugModel } from './mug/model';
import { phoneCaseModel } from './phone-case/model';
import { teeModel } from './tee/model';
import { toteModel } from './tote/model';

export const KIND_MODELS: { [K in ProductKind]: KindModel<K> } = {
  'phone-case': phoneCaseModel,
  mug: mugModel,
  tee: teeModel,
  jeans: jeansModel,
  tote: toteModel,
  model: modelModel,
};

/** The model of a kind, typed for that kind's geometry. */
export function kindModel<K extends ProductKind>(kind: K): KindModel<K> {
  return KIND_MODELS[kind];
}
