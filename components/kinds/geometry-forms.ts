// The registry of geometry forms: the studio's Geometry section shows the draft's kind's own
// form (components/kinds/<kind>/geometry-fields.tsx). Studio only.
import type { ComponentType } from 'react';
import type { ProductKind } from '@/lib/kinds/kind';
import { JeansFields } from './jeans/geometry-fields';
import { ModelFields } from './model/geometry-fields';
import { MugFields } from './mug/geometry-fields';
import { PhoneCaseFields } from './phone-case/geometry-fields';
import { TeeFields } from './tee/geometry-fields';
import { ToteFields } from './tote/geometry-fields';

export const KIND_GEOMETRY_FORMS: Record<ProductKind, ComponentType> = {
  'phone-case': PhoneCaseFields,
  mug: MugFields,
  tee: TeeFields,
  jeans: JeansFields,
  tote: ToteFields,
  model: ModelFields,
};
