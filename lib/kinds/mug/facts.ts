// What the product page states about a mug.
import { formatMm } from '../../units';
import type { Template } from '../../templates/schema';
import type { MugGeometry } from './schema';

/** Its capacity, its size and how to wash it. */
export function mugFacts(g: MugGeometry, _template: Template): string[] {
  return [
    `${g.capacityMl} ml`,
    `Ø ${formatMm(g.diameterMm)}, ${formatMm(g.heightMm)} tall`,
    'Dishwasher and microwave safe',
  ];
}
