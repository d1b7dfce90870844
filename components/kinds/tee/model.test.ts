import { describe, expect, it } from 'vitest';
import { measurementsFor } from '@/components/scene/models/build-model';
import { modelBounds } from '@/components/scene/models/types';
import { tee } from '@/lib/kinds/tee/seed';
import { assertTemplate } from '@/lib/templates/validate';
import { buildNow } from '../testing/fixtures';

const t = assertTemplate(tee);
const width = (variantId: string) => {
  const b = modelBounds(buildNow(t, measurementsFor(t, variantId)));
  return b.max.x - b.min.x;
};

describe('the tee model', () => {
  it('grows with its size', () => {
    expect(width('xxl')).toBeGreaterThan(width('s') + 100);
  });
});
