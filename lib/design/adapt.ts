// Carrying a design over to another version of its template ("edit a copy" after the brand
// published changes): keep what still exists, fall back to defaults for what does not.
import { defaultSelection } from '../templates/selection';
import type { Template } from '../templates/schema';
import type { Design } from './schema';

/** The design re-based onto `template`: unknown size, choices and zones are replaced or dropped. */
export function adaptDesign(template: Template, design: Design): Design {
  const variantId = template.sizes.variants.some((v) => v.id === design.variantId) ? design.variantId : template.sizes.defaultVariant;
  const selection = defaultSelection(template);
  for (const option of template.options) {
    const chosen = design.selection[option.id];
    if (chosen && option.choices.some((c) => c.id === chosen)) selection[option.id] = chosen;
  }
  const zones = Object.fromEntries(Object.entries(design.zones).filter(([id]) => template.zones.some((z) => z.id === id)));
  return { schemaVersion: 1, variantId, selection, zones };
}
