// The colour a zone's artwork sits on, so the 2D editor shows white text on a navy tee as it will look.
import { kindSurfaces } from '../kinds/surfaces';
import type { Selection } from './selection';
import type { Template } from './schema';

/** The chosen colour of the surface a zone is on, or undefined when no option decides it. */
export function surfaceColour(template: Template, selection: Selection, surfaceId: string): string | undefined {
  const g = template.geometry;
  // The kind says which part dresses the surface, or gives a colour no option changes.
  const base = kindSurfaces(g.kind).surfaceBase(g, surfaceId);
  if ('hex' in base) return base.hex;
  const option = template.options.find((o) => o.part === base.part);
  return option?.choices.find((c) => c.id === (selection[option.id] ?? option.defaultChoice))?.swatch.hex;
}
