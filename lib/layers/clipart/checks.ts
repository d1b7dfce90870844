// A clipart layer's production checks: the zone takes clipart, its artwork is known, its colour
// is the zone's, engraving and embroidery make it in one colour, and no outline is too thin.
import type { DesignIssue } from '../../design/validate';
import type { RenderContext } from '../../render/zone-svg';
import { methodLabel } from '../../templates/methods';
import type { Zone } from '../../templates/schema';
import { MIN_LINE_MM, thinLineIssue } from '../min-line';
import { findClipart } from './art';
import { clipartGeometry, clipartStrokeWidths } from './drawing';
import type { ClipartLayer } from './schema';

/** Zones take clipart only where the brand says so. */
export function zoneTakesClipart(zone: Zone): boolean {
  return zone.content.clipart ?? false;
}

/** Every problem with one clipart layer in its zone. */
export function clipartIssues(
  zone: Zone,
  layer: ClipartLayer,
  ctx: RenderContext | undefined,
): DesignIssue[] {
  const at = { zoneId: zone.id, layerId: layer.id };
  const error = (code: string, message: string): DesignIssue => ({ severity: 'error', code, ...at, message });
  if (!zoneTakesClipart(zone)) return [error('clipart-not-allowed', `${zone.name} does not take clipart.`)];
  const issues: DesignIssue[] = [];
  // Brand uploads are checked once the caller has put them in the context.
  const item = findClipart(layer.clipartId, ctx);
  if (!item && ctx?.clipart !== undefined)
    issues.push(error('clipart-unknown', 'That clipart is no longer offered. Choose another.'));
  if (layer.colourId !== null && !zone.colours.some((c) => c.id === layer.colourId))
    issues.push(error('colour-not-allowed', `That colour is not available for ${zone.name}.`));
  if (layer.colourId === null && zone.method !== 'print' && !(item?.singleColour ?? false))
    issues.push(
      error(
        'clipart-multicolour',
        `${methodLabel(zone.method)} makes clipart in one colour: choose one of ${zone.name}’s colours for it.`,
      ),
    );
  const geometry = clipartGeometry(layer, ctx);
  const thinnest = geometry ? Math.min(...clipartStrokeWidths(geometry)) : Infinity;
  const thin = Number.isFinite(thinnest)
    ? thinLineIssue(zone, Math.round(thinnest * 100) / 100, at)
    : undefined;
  // The shopper cannot set a clipart's line width: it grows with the clipart.
  if (thin)
    issues.push({
      ...thin,
      message: `This clipart’s thinnest line is ${Math.round(thinnest * 100) / 100} mm at this size; ${methodLabel(zone.method).toLowerCase()} needs at least ${MIN_LINE_MM[zone.method]} mm. Make it larger or choose a bolder one.`,
    });
  return issues;
}
