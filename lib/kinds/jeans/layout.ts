// Five-pocket jeans laid flat, seen from behind, in mm: x from the left edge of the hip line,
// y down from the top of the waistband. The one layout both the catalogue drawing
// (drawing.ts) and the 3D model (components/kinds/jeans/model.ts) use,
// so the picture and the preview cannot disagree.
import type { Outline, Pt } from '../../templates/geometry';
import type { JeansGeometry } from './schema';

/** Points of measure, flat widths (half the stated circumferences), and where parts sit. */
export function jeansLayout(g: JeansGeometry, m: Record<string, number>) {
  const waist = (m.waistMm ?? 820) / 2;
  const hip = (m.hipMm ?? 1000) / 2;
  const thigh = (m.thighMm ?? 600) / 2;
  const knee = (m.kneeMm ?? 440) / 2;
  const opening = (m.legOpeningMm ?? 400) / 2;
  const outseam = m.outseamMm ?? 1060;
  const wb = g.waistbandMm;
  // Laid flat, the crotch sits outseam - inseam below the waist.
  const crotch = m.inseamMm ? Math.max(outseam - m.inseamMm, wb * 3) : (m.frontRiseMm ?? 280);
  const cx = hip / 2;
  const hipY = wb + (crotch - wb) * 0.62;
  const kneeY = crotch + (outseam - crotch) * 0.45;
  const thighY = crotch + 25;

  // The side seam curves out from the waist to the hip.
  const sideInset = (hip - waist) / 2;
  const sideX = (y: number) => sideInset * (1 - Math.min(1, y / hipY)) ** 1.6;
  const side = Array.from({ length: 9 }, (_, i): Pt => [sideX((hipY * i) / 8), (hipY * i) / 8]);

  const kneeOut = (cx - knee) * 0.3;
  const hemOut = (cx - opening) * 0.35;
  const thighOut = (kneeOut * (thighY - hipY)) / (kneeY - hipY);
  const inner = thighOut + thigh;
  // Legs meet below the crotch when the thigh is wider than half the hip, as in a flat lay.
  const split: Pt[] = inner < cx - 1 ? [[inner, thighY]] : [];
  const crotchPoint: Pt = [cx, split.length ? crotch : thighY];
  const leg: Pt[] = [[kneeOut, kneeY], [hemOut, outseam], [hemOut + opening, outseam], [kneeOut + knee, kneeY], ...split];
  const mirror = ([x, y]: Pt): Pt => [2 * cx - x, y];
  // Clockwise from the right end of the waist (as seen from behind).
  const points: Pt[] = [...side.map(mirror), ...leg.map(mirror), crotchPoint, ...leg.slice().reverse(), ...side.slice().reverse()];
  const open = points.map((p, i) => {
    const q = points[(i + 1) % points.length]!;
    // The hems and the waist are openings; every other edge is a seam.
    return (p[1] === outseam && q[1] === outseam) || (p[1] === 0 && q[1] === 0);
  });
  const outline: Outline = { points, open };

  const yokeSide = wb + (hipY - wb) * 0.3;
  const yokeCentre = wb + (hipY - wb) * 0.75;
  const yoke: Pt[] = [[sideX(yokeSide), yokeSide], [cx, yokeCentre], mirror([sideX(yokeSide), yokeSide])];
  const pw = g.backPocket.widthMm;
  const ph = g.backPocket.heightMm;
  const pocketY = yokeCentre - (yokeCentre - yokeSide) * (pw / 2 / cx) + wb * 0.3;
  const pocketLeft = hip / 4 - pw / 2;
  const pocketRight = (hip * 3) / 4 - pw / 2;
  const patch: Pt = [pocketRight + pw * 0.62 - g.patch.widthMm / 2, Math.max(wb * 0.12, (wb - g.patch.heightMm) / 2)];
  const band: Pt[] = [[sideX(0), 0], mirror([sideX(0), 0]), mirror([sideX(wb), wb]), [sideX(wb), wb]];

  return {
    waist, hip, knee, opening, outseam, wb, crotch, cx, hipY, kneeY, hemOut,
    sideX, mirror, outline, yoke, yokeCentre, band, patch,
    pocket: { width: pw, height: ph, y: pocketY, left: pocketLeft, right: pocketRight },
  };
}

export type JeansLayout = ReturnType<typeof jeansLayout>;

/** A back pocket's shield outline, `inset` mm inside its edge (layout mm, from behind). */
export function pocketShape(l: JeansLayout, x: number, inset = 0): Pt[] {
  const { width: pw, height: ph, y } = l.pocket;
  const i = inset;
  return [
    [x + i, y + i],
    [x + pw - i, y + i],
    [x + pw - i, y + ph * 0.82 - i * 0.6],
    [x + pw / 2, y + ph - i * 1.2],
    [x + i, y + ph * 0.82 - i * 0.6],
  ];
}

/** The front pocket mouth on the left of the front view: from the waistband to the side seam. */
export function frontPocketMouth(l: JeansLayout): Pt[] {
  const top: Pt = [l.sideX(l.wb) + l.waist * 0.24, l.wb];
  const depth = Math.min(120, (l.crotch - l.wb) * 0.5);
  const end: Pt = [l.sideX(l.wb + depth) + 1, l.wb + depth];
  return Array.from({ length: 13 }, (_, i): Pt => {
    const t = i / 12;
    // A scoop: steep at the waistband, easing out toward the side seam.
    const x = top[0] + (end[0] - top[0]) * t ** 1.7;
    const y = top[1] + (end[1] - top[1]) * (1 - (1 - t) ** 1.8);
    return [x, y];
  });
}
