// A new shape, centred in the zone: a square-ish shape a third of the safe area, filled with
// the zone's first colour; a line outlined in it instead.
import type { Zone } from '../../templates/schema';
import { MIN_LINE_MM } from '../min-line';
import type { ShapeLayer, ShapeName } from './schema';

/** A shape of this kind centred in the zone, sized to a third of the safe area's shorter side. */
export function newShapeLayer(zone: Zone, id: string, shape: ShapeName): ShapeLayer {
  const safe = Math.min(zone.rect.widthMm, zone.rect.heightMm) - 2 * zone.safeMm;
  const side = Math.max(1, Math.round(safe * 0.35 * 10) / 10);
  const colour = zone.colours[0]?.id ?? null;
  const line = shape === 'line';
  return {
    id,
    kind: 'shape',
    shape,
    widthMm: line ? Math.max(1, Math.round(safe * 0.6 * 10) / 10) : side,
    heightMm: line ? 1 : side,
    cornerRadiusMm: shape === 'rounded-rectangle' ? Math.round(side * 0.15 * 10) / 10 : 0,
    fillColourId: line ? null : colour,
    strokeColourId: line ? colour : null,
    strokeWidthMm: line ? Math.max(1, MIN_LINE_MM[zone.method]) : 0,
    xMm: zone.rect.widthMm / 2,
    yMm: zone.rect.heightMm / 2,
    rotationDeg: 0,
  };
}
