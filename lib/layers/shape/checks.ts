// A shape layer's production checks: the zone takes shapes, its colours are the zone's, it
// draws something, and its outline is no thinner than the method can make.
import type { DesignIssue } from '../../design/validate';
import { thinLineIssue } from '../min-line';
import type { Zone } from '../../templates/schema';
import { isOpenShape } from './outline';
import type { ShapeLayer } from './schema';

/** Zones that take images take shapes unless the brand says otherwise. */
export function zoneTakesShapes(zone: Zone): boolean {
  return zone.content.shape ?? zone.content.image;
}

/** Every problem with one shape layer in its zone. */
export function shapeIssues(zone: Zone, layer: ShapeLayer): DesignIssue[] {
  const at = { zoneId: zone.id, layerId: layer.id };
  if (!zoneTakesShapes(zone))
    return [
      { severity: 'error', code: 'shape-not-allowed', ...at, message: `${zone.name} does not take shapes.` },
    ];
  const issues: DesignIssue[] = [];
  const known = (id: string | null) => id === null || zone.colours.some((c) => c.id === id);
  if (!known(layer.fillColourId) || !known(layer.strokeColourId))
    issues.push({
      severity: 'error',
      code: 'colour-not-allowed',
      ...at,
      message: `That colour is not available for ${zone.name}.`,
    });
  const filled = layer.fillColourId !== null && !isOpenShape(layer.shape);
  const stroked = layer.strokeColourId !== null && layer.strokeWidthMm > 0;
  if (!filled && !stroked)
    issues.push({
      severity: 'error',
      code: 'shape-invisible',
      ...at,
      message: isOpenShape(layer.shape)
        ? 'Give this line a colour and a width.'
        : 'Give this shape a fill or an outline.',
    });
  const thin = stroked ? thinLineIssue(zone, layer.strokeWidthMm, at) : undefined;
  if (thin) issues.push(thin);
  return issues;
}
