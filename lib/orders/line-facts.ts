// An order line in words for lists and exports: the size and the chosen options, by the names
// the template version gave them when the line was ordered.
import type { Design } from '../design/schema';
import type { Template } from '../templates/schema';

/** The size label ("M", "W32 L32") and options ("Colour: Sand; Finish: Matte") of a line. */
export function lineFacts(template: Template, design: Design): { size: string; options: string } {
  const size = template.sizes.variants.find((v) => v.id === design.variantId)?.label ?? design.variantId;
  const options = template.options
    .map((option) => {
      const chosen = design.selection[option.id];
      if (chosen === undefined) return null;
      return `${option.name}: ${option.choices.find((c) => c.id === chosen)?.name ?? chosen}`;
    })
    .filter((o): o is string => o !== null)
    .join('; ');
  return { size, options };
}
