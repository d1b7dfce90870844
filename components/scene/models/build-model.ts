// Picks the builder for a template's product kind and size.
import { buildPhoneCase } from '@/components/kinds/phone-case/model';
import { buildMug } from '@/components/kinds/mug/model';
import { buildJeans } from '@/components/kinds/jeans/model';
import { buildTee } from '@/components/kinds/tee/model';
import { buildTote } from '@/components/kinds/tote/model';
import type { Template } from '@/lib/templates/schema';
import type { ProductModel } from './types';

/** The measurements of a size, falling back to the default size. */
export function measurementsFor(template: Template, variantId: string): Record<string, number> {
  const { variants, defaultVariant } = template.sizes;
  const variant =
    variants.find((v) => v.id === variantId) ?? variants.find((v) => v.id === defaultVariant) ?? variants[0];
  return variant?.measurements ?? {};
}

/** The 3D model of a template in one size, in millimetres (only the geometry shapes it). */
export function buildModel(template: Pick<Template, 'geometry'>, measurements: Record<string, number>): ProductModel {
  const g = template.geometry;
  switch (g.kind) {
    case 'phone-case':
      return buildPhoneCase(g);
    case 'mug':
      return buildMug(g);
    case 'tee':
      return buildTee(g, measurements);
    case 'jeans':
      return buildJeans(g, measurements);
    case 'tote':
      return buildTote(g);
  }
}
