// The model of a template in a size, from its kind (components/kinds/models.ts).
import { kindModel } from '@/components/kinds/models';
import type { Template } from '@/lib/templates/schema';
import type { ProductModel } from './types';

/** The measurements of a size, falling back to the default size. */
export function measurementsFor(template: Template, variantId: string): Record<string, number> {
  const { variants, defaultVariant } = template.sizes;
  const variant =
    variants.find((v) => v.id === variantId) ?? variants.find((v) => v.id === defaultVariant) ?? variants[0];
  return variant?.measurements ?? {};
}

/**
 * The 3D model of a template in one size, in millimetres (only the geometry shapes it): built
 * at once by a procedural kind, or a promise where the kind loads its model.
 */
export function buildModel(
  template: Pick<Template, 'geometry'>,
  measurements: Record<string, number>,
): ProductModel | Promise<ProductModel> {
  const g = template.geometry;
  return kindModel(g.kind).build(g, measurements);
}
