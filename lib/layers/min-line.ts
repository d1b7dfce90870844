// The thinnest line each production method can make: shape outlines and text outlines are
// checked against it, as letters are against the smallest letter height.
import type { DesignIssue } from '../design/validate';
import { methodLabel } from '../templates/methods';
import type { Zone } from '../templates/schema';

/**
 * The thinnest line each method holds, in mm: a print head's fine line, a laser's
 * engraved line, and a narrow satin stitch. Embroidery below it cannot be made at all.
 */
export const MIN_LINE_MM: Record<Zone['method'], number> = { print: 0.25, engrave: 0.1, embroider: 1 };

/** The warning or error for an outline thinner than the zone's method holds, if it is. */
export function thinLineIssue(
  zone: Zone,
  widthMm: number,
  at: { zoneId: string; layerId: string },
): DesignIssue | undefined {
  const minimum = MIN_LINE_MM[zone.method];
  if (widthMm <= 0 || widthMm >= minimum - 1e-6) return undefined;
  const blocking = zone.method === 'embroider';
  return {
    severity: blocking ? 'error' : 'warning',
    code: 'line-too-thin',
    ...at,
    message: `This outline is ${widthMm} mm wide; ${methodLabel(zone.method).toLowerCase()} needs at least ${minimum} mm${blocking ? '' : ' or it may not show'}. Set it to ${minimum} mm or more.`,
  };
}
