// The laser's file: a 1:1 vector drawing in mm. Lasers read stroke colours as instructions, so
// the file keeps to two: black filled outlines with black hairlines are engraved, the red
// hairline is the trim for positioning the patch and is not engraved. Images arrive as their
// burn bitmaps (zone-art.ts): black pixels are engraved, the rest is transparent.
import { bleedBox, elementSvg, type ZoneElement } from '../render/zone-svg';
import type { Zone } from '../templates/schema';

/** 0.025 mm (0.001 in): what laser drivers (Epilog, Trotec, LightBurn) treat as a hairline. */
export const HAIRLINE_MM = 0.025;

const n = (v: number): string => String(Math.round(v * 1000) / 1000);

/** The engraving as a standalone SVG at 1:1 in mm, every outline with a hairline stroke; give it zoneArt's elements. */
export function engraveSvg(zone: Zone, elements: ZoneElement[]): string {
  const box = bleedBox(zone);
  const [x, y, w, h] = [box.xMm, box.yMm, box.widthMm, box.heightMm].map(n);
  const body = elements
    .map((e) => elementSvg(e, { fill: '#000000', stroke: '#000000', strokeWidthMm: HAIRLINE_MM }))
    .join('');
  const trim = `<rect x="0" y="0" width="${n(zone.rect.widthMm)}" height="${n(zone.rect.heightMm)}" fill="none" stroke="#ff0000" stroke-width="${HAIRLINE_MM}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${w} ${h}" width="${w}mm" height="${h}mm">` +
    `<g id="engrave">${body}</g><g id="trim-do-not-engrave">${trim}</g></svg>`
  );
}
