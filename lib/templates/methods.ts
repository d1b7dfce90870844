// Display names for production methods.
import type { Zone } from './schema';

const METHODS: Record<Zone['method'], string> = { print: 'Print', engrave: 'Laser engraving', embroider: 'Embroidery' };

/** "Embroidery" for "embroider", and so on. */
export function methodLabel(method: Zone['method']): string {
  return METHODS[method];
}
