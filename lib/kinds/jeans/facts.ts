// What the product page states about jeans.
import type { Template } from '../../templates/schema';
import type { JeansGeometry } from './schema';

/** The denim and how many sizes there are. */
export function jeansFacts(g: JeansGeometry, template: Template): string[] {
  return [
    `${g.fabric.weightOz} oz denim`,
    g.fabric.composition,
    `${template.sizes.variants.length} waist × length sizes`,
  ];
}
