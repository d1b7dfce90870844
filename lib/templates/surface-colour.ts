// The colour a zone's artwork sits on, so the 2D editor shows white text on a navy tee as it will look.
import type { Selection } from './selection';
import type { Template } from './schema';

// The option part that dresses each product's printable surfaces.
const MAIN_PART: Record<Template['geometry']['kind'], string> = { 'phone-case': 'case', mug: 'body', tee: 'fabric', jeans: 'fabric', tote: 'fabric' };
// Vegetable-tanned leather, the jeans patch's material, which no option changes.
const LEATHER = '#b07a48';

/** The chosen colour of the surface a zone is on, or undefined when no option decides it. */
export function surfaceColour(template: Template, selection: Selection, surfaceId: string): string | undefined {
  if (template.geometry.kind === 'jeans' && surfaceId === 'waistband-patch') return LEATHER;
  const option = template.options.find((o) => o.part === MAIN_PART[template.geometry.kind]);
  return option?.choices.find((c) => c.id === (selection[option.id] ?? option.defaultChoice))?.swatch.hex;
}
