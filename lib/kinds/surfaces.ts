// The registry of surfaces: where artwork goes on each kind and what it sits on. Small and free
// of zod, it is the one registry the shopper's browser ships (the configurator, the 3D preview
// and design validation place zones with it).
import { jeansSurfaces } from './jeans/surfaces';
import type { Geometry, KindSurfaces, ProductKind } from './kind';
import { modelSurfaces } from './model/surfaces';
import { mugSurfaces } from './mug/surfaces';
import { phoneCaseSurfaces } from './phone-case/surfaces';
import { teeSurfaces } from './tee/surfaces';
import { toteSurfaces } from './tote/surfaces';

export const KIND_SURFACES: { [K in ProductKind]: KindSurfaces<K> } = {
  'phone-case': phoneCaseSurfaces,
  mug: mugSurfaces,
  tee: teeSurfaces,
  jeans: jeansSurfaces,
  tote: toteSurfaces,
  model: modelSurfaces,
};

/** The camera views a product's kind offers by name (a brand's saved views); most kinds have none. */
export function namedViews(g: Geometry): ReadonlyArray<{ id: string; label: string }> {
  return kindSurfaces(g.kind).views?.(g) ?? [];
}

/** The surfaces of a kind, typed for that kind's geometry. */
export function kindSurfaces<K extends ProductKind>(kind: K): KindSurfaces<K> {
  return KIND_SURFACES[kind];
}
