// Starting points: a fresh design for a template, and new layers placed sensibly in a zone.
import { defaultSelection } from '../templates/selection';
import type { Template, Zone } from '../templates/schema';
import type { Design, ImageLayer, TextLayer } from './schema';

/** The design a shopper starts from: default size and choices, no artwork. */
export function newDesign(template: Template): Design {
  return { schemaVersion: 1, variantId: template.sizes.defaultVariant, selection: defaultSelection(template), zones: {} };
}

/** Text centred in the zone, big enough to read and never below the zone's minimum letter height. */
export function newTextLayer(zone: Zone, id: string, text = ''): TextLayer {
  const fit = Math.min(zone.rect.heightMm * 0.35, zone.rect.widthMm * 0.12);
  // Capitals are about 0.7 em, so the em size must be minimum letter height / 0.7.
  const minimum = (zone.limits.minTextHeightMm ?? 0) / 0.7;
  return {
    id,
    kind: 'text',
    text,
    fontId: zone.fonts[0] ?? '',
    colourId: zone.colours[0]?.id ?? '',
    sizeMm: Math.round(Math.max(fit, minimum, 2) * 10) / 10,
    align: 'centre',
    letterSpacingMm: 0,
    lineHeight: 1.2,
    xMm: zone.rect.widthMm / 2,
    yMm: zone.rect.heightMm / 2,
    rotationDeg: 0,
  };
}

/** An image centred in the zone, as large as fits inside the safe area. */
export function newImageLayer(zone: Zone, id: string, uploadId: string, widthPx: number, heightPx: number): ImageLayer {
  const safeW = zone.rect.widthMm - 2 * zone.safeMm;
  const safeH = zone.rect.heightMm - 2 * zone.safeMm;
  const widthMm = Math.min(safeW, (safeH * widthPx) / heightPx);
  return { id, kind: 'image', uploadId, widthMm: Math.round(widthMm * 10) / 10, xMm: zone.rect.widthMm / 2, yMm: zone.rect.heightMm / 2, rotationDeg: 0 };
}
