// What the product page states about a tee.
import type { Template } from '../../templates/schema';
import type { TeeGeometry } from './schema';

/** The jersey and how many sizes there are. */
export function teeFacts(g: TeeGeometry, template: Template): string[] {
  return [`${g.fabric.gsm} g/m²`, g.fabric.composition, `${template.sizes.variants.length} sizes`];
}
