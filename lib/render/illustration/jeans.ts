// Five-pocket jeans laid flat, back up (where the back pockets and the patch are), drawn from
// the chosen size's points of measure. Flat widths are half the stated circumferences.
import type { JeansGeometry } from '../../templates/geometry';
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
} from './svg';

type Point = [number, number];

/** Draws the jeans to scale for one size; `m` holds that size's measurements. */
export function drawJeans(
  g: JeansGeometry,
  m: Record<string, number>,
  zones: PlacedZone[],
  p: Palette,
): Drawing {
  const waist = (m.waistMm ?? 820) / 2;
  const hip = (m.hipMm ?? 1000) / 2;
  const thigh = (m.thighMm ?? 600) / 2;
  const knee = (m.kneeMm ?? 440) / 2;
  const opening = (m.legOpeningMm ?? 400) / 2;
  const outseam = m.outseamMm ?? 1060;
  const wb = g.waistbandMm;
  // Laid flat, the crotch sits outseam - inseam below the waist; the rises are measured
  // along the curved seam, so they only stand in when the inseam is missing.
  const crotch = m.inseamMm ? Math.max(outseam - m.inseamMm, wb * 3) : (m.frontRiseMm ?? 280);
  const cx = hip / 2;
  const hipY = wb + (crotch - wb) * 0.62;
  const kneeY = crotch + (outseam - crotch) * 0.45;
  const thighY = crotch + 25;

  // The side seam curves out from the waist to the hip.
  const sideInset = (hip - waist) / 2;
  const sideX = (y: number) => sideInset * (1 - Math.min(1, y / hipY)) ** 1.6;
  const side = Array.from({ length: 9 }, (_, i): Point => [sideX((hipY * i) / 8), (hipY * i) / 8]);

  // The left leg; legs meet at the centre at the thigh line when the thigh is wider than
  // half the hip, as they do in a flat lay where the back crotch folds under.
  const kneeOut = (cx - knee) * 0.3;
  const hemOut = (cx - opening) * 0.35;
  const thighOut = (kneeOut * (thighY - hipY)) / (kneeY - hipY);
  const leg: Point[] = [
    [kneeOut, kneeY],
    [hemOut, outseam],
    [hemOut + opening, outseam],
    [kneeOut + knee, kneeY],
    [Math.min(cx, thighOut + thigh), thighY],
  ];
  const mirror = ([x, y]: Point): Point => [hip - x, y];
  // Clockwise from the right end of the waist; closing the path draws the waist line.
  const outline: Point[] = [
    ...side.map(mirror),
    ...leg.map(mirror),
    [cx, crotch],
    ...leg.slice().reverse(),
    ...side.slice().reverse(),
  ];
  const xs = outline.map(([x]) => x);
  const minX = Math.min(...xs);
  const width = Math.max(...xs) - minX;

  // The yoke dips toward the centre back; pockets sit just below it, one in each half.
  const yokeSide = wb + (hipY - wb) * 0.3;
  const yokeCentre = wb + (hipY - wb) * 0.75;
  const yoke: Point[] = [[sideX(yokeSide), yokeSide], [cx, yokeCentre], mirror([sideX(yokeSide), yokeSide])];
  const pw = g.backPocket.widthMm;
  const ph = g.backPocket.heightMm;
  const pocketY = yokeCentre - (yokeCentre - yokeSide) * (pw / 2 / cx) + wb * 0.3;
  const pocketLeft = hip / 4 - pw / 2;
  const pocketRight = (hip * 3) / 4 - pw / 2;
  const patchX = pocketRight + pw * 0.62 - g.patch.widthMm / 2;
  const patchY = Math.max(wb * 0.12, (wb - g.patch.heightMm) / 2);

  const sw = strokeFor(width, outseam);
  const stroke = (colour: string, k: number) => `stroke="${colour}" stroke-width="${num(sw * k)}"`;
  const stitch = (d: string) =>
    `<path d="${d}" fill="none" ${stroke(p.thread, 0.55)} stroke-dasharray="${num(sw * 1.8)} ${num(sw * 1.2)}"/>`;
  const seam = (d: string) => `<path d="${d}" fill="none" ${stroke(p.seam, 0.6)}/>`;

  const pocket = (x: number) => {
    const shape = (i: number): Point[] => [
      [x + i, pocketY + i],
      [x + pw - i, pocketY + i],
      [x + pw - i, pocketY + ph * 0.82 - i * 0.6],
      [x + pw / 2, pocketY + ph - i * 1.2],
      [x + i, pocketY + ph * 0.82 - i * 0.6],
    ];
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
  const band: Point[] = [[sideX(0), 0], mirror([sideX(0), 0]), mirror([sideX(wb), wb]), [sideX(wb), wb]];
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
