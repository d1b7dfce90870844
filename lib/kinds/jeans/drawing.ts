// Five-pocket jeans laid flat, back up (where the back pockets and the patch are), drawn from
// the chosen size's points of measure. Flat widths are half the stated circumferences.
import {
  num,
  pt,
  polyline,
  roundedRectPath,
  strokeFor,
  type Drawing,
  type Palette,
  type PlacedZone,
  zoneOutline,
} from '../../render/illustration/svg';
import type { Pt as Point } from '../../templates/geometry';
import type { KindDrawing } from '../kind';
import { jeansLayout, pocketShape } from './layout';
import type { JeansGeometry } from './schema';


/** Draws the jeans to scale for one size; `m` holds that size's measurements. */
export function drawJeans(
  g: JeansGeometry,
  m: Record<string, number>,
  zones: PlacedZone[],
  p: Palette,
): Drawing {
  // The same flat layout the 3D model is built from.
  const l = jeansLayout(g, m);
  const { waist, outseam, wb, crotch, cx, hemOut, opening, sideX, mirror, yoke, yokeCentre, band } = l;
  const outline = l.outline.points;
  const { width: pw, height: ph, y: pocketY, left: pocketLeft, right: pocketRight } = l.pocket;
  const [patchX, patchY] = l.patch;
  const xs = outline.map(([x]) => x);
  const minX = Math.min(...xs);
  const width = Math.max(...xs) - minX;

  const sw = strokeFor(width, outseam);
  const stroke = (colour: string, k: number) => `stroke="${colour}" stroke-width="${num(sw * k)}"`;
  const stitch = (d: string) =>
    `<path d="${d}" fill="none" ${stroke(p.thread, 0.55)} stroke-dasharray="${num(sw * 1.8)} ${num(sw * 1.2)}"/>`;
  const seam = (d: string) => `<path d="${d}" fill="none" ${stroke(p.seam, 0.6)}/>`;

  const pocket = (x: number) => {
    const shape = (i: number): Point[] => pocketShape(l, x, i);
    const wing = `M${pt(x + pw * 0.12, pocketY + ph * 0.3)}Q${pt(x + pw * 0.3, pocketY + ph * 0.62)} ${pt(x + pw / 2, pocketY + ph * 0.42)}Q${pt(x + pw * 0.7, pocketY + ph * 0.62)} ${pt(x + pw * 0.88, pocketY + ph * 0.3)}`;
    const rivets = [x + sw * 2, x + pw - sw * 2].map(
      (rx) =>
        `<circle cx="${num(rx)}" cy="${num(pocketY + sw * 2)}" r="${num(sw * 1.4)}" fill="${p.hardware}"/>`,
    );
    return (
      `<path d="${polyline(shape(0), true)}" fill="${p.body}" ${stroke(p.edge, 0.7)}/>` +
      stitch(polyline(shape(sw * 2.5), true)) +
      stitch(wing) +
      rivets.join('')
    );
  };
  const loops = [cx - waist * 0.47, cx - waist * 0.28, cx, cx + waist * 0.28, cx + waist * 0.47].map(
    (x) =>
      `<rect x="${num(x - 5)}" y="${num(-sw)}" width="10" height="${num(wb + 8)}" rx="${num(sw)}" fill="${p.body}" ${stroke(p.edge, 0.6)}/>`,
  );
  const hemStitch: Point[] = [
    [hemOut, outseam - 15],
    [hemOut + opening, outseam - 15],
  ];
  // Seen from behind, the wearer's right back pocket and the patch are on the viewer's right.
  const origins: Record<string, Point> = {
    'back-pocket': [pocketRight, pocketY],
    'waistband-patch': [patchX, patchY],
  };

  const parts = [
    `<path d="${polyline(outline, true)}" fill="${p.body}" ${stroke(p.edge, 1)}/>`,
    `<path d="${polyline(band, true)}" fill="${p.detail}" ${stroke(p.edge, 0.7)}/>`,
    stitch(polyline([[sideX(0) + sw, wb * 0.2], mirror([sideX(0) + sw, wb * 0.2])])),
    stitch(polyline([[sideX(wb), wb * 0.8], mirror([sideX(wb), wb * 0.8])])),
    ...loops,
    seam(polyline(yoke)),
    stitch(polyline(yoke.map(([x, y]): Point => [x, y + sw * 2.5]))),
    // The centre back seam runs from the waistband down to the crotch.
    seam(
      polyline([
        [cx, wb],
        [cx, crotch],
      ]),
    ),
    stitch(
      polyline([
        [cx + sw * 2.5, yokeCentre],
        [cx + sw * 2.5, crotch - sw * 3],
      ]),
    ),
    stitch(polyline(hemStitch)),
    stitch(polyline(hemStitch.map(mirror))),
    pocket(pocketLeft),
    pocket(pocketRight),
    `<path d="${roundedRectPath(patchX, patchY, g.patch.widthMm, g.patch.heightMm, sw)}" fill="${p.patch}" ${stroke(p.edge, 0.6)}/>`,
    ...zones.flatMap(({ id, surface, rect }) => {
      const origin = origins[surface];
      if (!origin) return [];
      const [x, y] = origin;
      return [
        zoneOutline(id, roundedRectPath(x + rect.xMm, y + rect.yMm, rect.widthMm, rect.heightMm, 0), p, sw),
      ];
    }),
  ];
  return {
    widthMm: width,
    heightMm: outseam,
    svg: `<g transform="translate(${num(-minX)},0)">${parts.join('')}</g>`,
  };
}

export const jeansDrawing: KindDrawing<'jeans'> = {
  draw: drawJeans,
  // Denim's classic gold topstitching, unless an option chooses the thread.
  colours: { body: '#3b5b85', thread: '#d39a3a' },
};
