// Building blocks shared by the seed templates.
import type { TemplateInput } from '../schema';

type Zone = TemplateInput['zones'][number];

/** Inches to millimetres: many garment and blank specifications are published in inches. */
export const inch = (inches: number) => Math.round(inches * 25.4 * 10) / 10;

export const ALL_FONTS = ['inter-regular', 'inter-bold', 'roboto-slab-regular', 'roboto-slab-bold', 'pacifico', 'oswald-medium'];

/** Process-colour inks that print well on light and dark substrates. */
export const INK_COLOURS: Zone['colours'] = [
  { id: 'black', name: 'Black', hex: '#111111' },
  { id: 'white', name: 'White', hex: '#ffffff' },
  { id: 'red', name: 'Signal red', hex: '#c8102e' },
  { id: 'navy', name: 'Navy', hex: '#1f2a48' },
  { id: 'gold', name: 'Ochre gold', hex: '#c99a2e' },
];
