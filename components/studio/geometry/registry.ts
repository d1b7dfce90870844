// The geometry form of each product kind. A new kind (a tote bag, an uploaded model) adds its
// form component here; TypeScript lists the kinds still missing one.
import type { ComponentType } from 'react';
import { ToteFields } from '@/components/kinds/tote/geometry-fields';
import { TeeFields } from '@/components/kinds/tee/geometry-fields';
import { JeansFields } from '@/components/kinds/jeans/geometry-fields';
import { MugFields } from '@/components/kinds/mug/geometry-fields';
import { PhoneCaseFields } from '@/components/kinds/phone-case/geometry-fields';
import type { ProductKind } from '@/lib/kinds/kind';

export const GEOMETRY_FIELDS: Record<ProductKind, ComponentType> = {
  'phone-case': PhoneCaseFields,
  mug: MugFields,
  tee: TeeFields,
  jeans: JeansFields,
  tote: ToteFields,
};
