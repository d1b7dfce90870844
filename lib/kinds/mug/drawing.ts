// A mug from the side, handle on the right, seen from slightly above so the rim reads as an
// ellipse. The wrap zones are projected from the unwrapped wall onto the visible half.
import {
  num,
  pt,
  polyline,
  strokeFor,
  type Drawing,
  type Palette,
  type PlacedZone,
  zoneOutline,
} from '../../render/illustration/svg';
import type { KindDrawing } from '../kind';
import { mugCircumference } from './layout';
import type { MugGeometry } from './schema';

// How much of the diameter the rim ellipse is tall: a gentle look from above.
const RIM_RATIO = 0.09;

/**
 * The wrap surface starts at the handle's centre line and runs to the right as seen from
 * outside. With the handle on the viewer's right that first goes round the back, so the
 * half facing the viewer is [C/2, C], centred on 3C/4; this is where a point lands.
 */
function project(s: number, y: number, c: number, d: number, e: number): [number, number] {
  const angle = (2 * Math.PI * s) / c;
  const towardViewer = Math.max(0, -Math.sin(angle));
  return [(d / 2) * (1 + Math.cos(angle)), e + y + e * towardViewer];
}

function wrapZone(zone: PlacedZone, g: MugGeometry, e: number, p: Palette, sw: number): string {
  const c = mugCircumference(g);
  const from = Math.max(zone.rect.xMm, c / 2);
  const to = Math.min(zone.rect.xMm + zone.rect.widthMm, c);
  if (to <= from) return '';
  const steps = 24;
  const along = Array.from({ length: steps + 1 }, (_, i) => from + ((to - from) * i) / steps);
  const top = along.map((s) => project(s, zone.rect.yMm, c, g.diameterMm, e));
  const bottom = along
    .map((s) => project(s, zone.rect.yMm + zone.rect.heightMm, c, g.diameterMm, e))
    .reverse();
  return zoneOutline(zone.id, polyline([...top, ...bottom], true), p, sw);
}

/** A vertical band of the wall between two fractions of the diameter, following the curved rim and base. */
function band(g: MugGeometry, e: number, from: number, to: number, fill: string, opacity: number): string {
  const d = g.diameterMm;
  const xs = Array.from({ length: 9 }, (_, i) => d * (from + ((to - from) * i) / 8));
  const depth = (x: number) => Math.sqrt(Math.max(0, 1 - ((2 * x) / d - 1) ** 2));
  const top = xs.map((x): [number, number] => [x, e + e * depth(x)]);
  const bottom = xs.map((x): [number, number] => [x, e + g.heightMm + e * depth(x)]).reverse();
  return `<path d="${polyline([...top, ...bottom], true)}" fill="${fill}" fill-opacity="${opacity}"/>`;
}

function handle(g: MugGeometry, e: number, p: Palette, sw: number): string {
  const { heightMm: hh, projectionMm: proj, thicknessMm: t } = g.handle;
  const d = g.diameterMm;
  const top = e + (g.heightMm - hh) / 2 + t / 2;
  const bottom = top + hh - t;
  // The ends start inside the body (drawn later, on top) so the joins stay hidden.
  const x0 = d - t / 2;
  // A cubic's furthest point is a quarter of the way from its ends to its controls.
  const cx = (d + proj - t / 2 - 0.25 * x0) / 0.75;
  const path = `M${pt(x0, top)}C${pt(cx, top)} ${pt(cx, bottom)} ${pt(x0, bottom)}`;
  return (
    `<path d="${path}" fill="none" stroke="${p.edge}" stroke-width="${num(t + 2 * sw)}"/>` +
    `<path d="${path}" fill="none" stroke="${p.handle}" stroke-width="${num(t)}"/>`
  );
}

/** Draws the mug to scale: body, rim, handle and the visible part of its wrap zones. */
export function drawMug(g: MugGeometry, zones: PlacedZone[], p: Palette): Drawing {
  const d = g.diameterMm;
  const h = g.heightMm;
  const e = d * RIM_RATIO;
  const width = d + g.handle.projectionMm;
  const sw = strokeFor(width, h + 2 * e);
  const rx = num(d / 2);
  const ry = num(e);
  // Sides, the bottom seen from above (an arc bulging toward the viewer), the back of the rim.
  const body = `M${pt(0, e)}V${num(e + h)}A${rx},${ry} 0 0 0 ${pt(d, e + h)}V${num(e)}A${rx},${ry} 0 0 0 ${pt(0, e)}Z`;
  const innerRx = d / 2 - g.wallMm;
  const parts = [
    handle(g, e, p, sw),
    `<path d="${body}" fill="${p.body}" stroke="${p.edge}" stroke-width="${num(sw)}"/>`,
    // A soft highlight and a stepped shadow give the cylinder some roundness without gradients.
    band(g, e, 0.14, 0.2, '#ffffff', 0.25),
    ...[0.62, 0.7, 0.78, 0.86].map((from) => band(g, e, from, 1, '#000000', 0.03)),
    `<ellipse cx="${rx}" cy="${ry}" rx="${rx}" ry="${ry}" fill="${p.detail}" stroke="${p.edge}" stroke-width="${num(sw)}"/>`,
    `<ellipse cx="${rx}" cy="${ry}" rx="${num(innerRx)}" ry="${num(e * (innerRx / (d / 2)))}" fill="${p.inside}"/>`,
    ...zones.filter((z) => z.surface === 'wrap').map((z) => wrapZone(z, g, e, p, sw)),
  ];
  return { widthMm: width, heightMm: h + 2 * e, svg: parts.join('') };
}

export const mugDrawing: KindDrawing<'mug'> = {
  draw: (g, _measurements, zones, p) => drawMug(g, zones, p),
  colours: { body: '#f4f1ea' },
};
