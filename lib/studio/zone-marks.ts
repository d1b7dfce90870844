// What the studio's 3D preview paints on a zone: a tint and a frame, so the brand sees where
// each zone lies on the product. Drawn through the shopper's own zone texture (ZoneElements),
// so the marks sit exactly where a shopper's artwork would.
import type { ZoneElement } from '../render/zone-svg';
import type { Rect } from '../templates/geometry';

const rectPath = (x: number, y: number, w: number, h: number, clockwise: boolean) =>
  clockwise ? `M${x} ${y}h${w}v${h}h${-w}Z` : `M${x} ${y}v${h}h${w}v${-h}Z`;

/**
 * A frame along the zone's edge, and for the selected zone a light tint (in the zone's own mm,
 * centred). A tint on every zone made a white mug look blue: most of a mug is its wrap zone.
 */
export function zoneMarks(rect: Pick<Rect, 'widthMm' | 'heightMm'>, selected: boolean): ZoneElement[] {
  const w = rect.widthMm;
  const h = rect.heightMm;
  const line = Math.max(0.6, Math.min(w, h) * 0.02);
  const colour = selected ? '#1d5fd1' : '#b4462b';
  const placement = { xMm: w / 2, yMm: h / 2, rotationDeg: 0 };
  // The frame is the outer rectangle with the inner one cut out (opposite winding).
  const frame =
    rectPath(-w / 2, -h / 2, w, h, true) +
    rectPath(-w / 2 + line, -h / 2 + line, w - 2 * line, h - 2 * line, false);
  const outline: ZoneElement = {
    kind: 'path',
    layerId: 'zone-frame',
    pathData: frame,
    fill: colour,
    placement,
  };
  if (!selected) return [outline];
  return [
    {
      kind: 'path',
      layerId: 'zone-tint',
      pathData: rectPath(-w / 2, -h / 2, w, h, true),
      fill: `${colour}14`,
      placement,
    },
    outline,
  ];
}
