// A t-shirt laid flat, front up, drawn from the chosen size's points of measure.
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
import type { KindDrawing } from '../kind';
import { teeSilhouette } from './layout';
import type { TeeGeometry } from './schema';

// Laid flat, the sleeves spread wider than when worn.
const SLEEVE_ANGLE = (30 * Math.PI) / 180;
const HEM_STITCH_MM = 20;

type Point = [number, number];

/** Draws the tee to scale for one size; `m` holds that size's measurements. */
export function drawTee(g: TeeGeometry, m: Record<string, number>, zones: PlacedZone[], p: Palette): Drawing {
  // The same silhouette the 3D model is built from, laid flat.
  const { length, half, neck, shoulder, armpit, dir, cuffOuter, cuffInner } = teeSilhouette(g, m, SLEEVE_ANGLE);

  // Built around x = 0 (centre front), then shifted so the sleeve tips sit at 0 and width.
  const reach = Math.max(half, cuffOuter[0], cuffInner[0]);
  const width = 2 * reach;
  const X = (x: number) => x + reach;
  const right: Point[] = [shoulder, cuffOuter, cuffInner, armpit, [half, length]];
  const left = right.map(([x, y]): Point => [-x, y]).reverse();
  const backDrop = Math.min(g.backNeckDropMm, g.frontNeckDropMm);
  const outline =
    `M${pt(X(-neck), 0)}Q${pt(X(0), 2 * backDrop)} ${pt(X(neck), 0)}` +
    polyline(right.map(([x, y]): Point => [X(x), y])).replace(/^M/, 'L') +
    polyline(left.map(([x, y]): Point => [X(x), y])).replace(/^M/, 'L') +
    'Z';

  // The neckline as a U from one high point of the shoulder to the other through the drop.
  const u = (w: number, drop: number, y0: number) =>
    `C${pt(X(w), drop * 0.6)} ${pt(X(w * 0.55), drop)} ${pt(X(0), drop)}` +
    `C${pt(X(-w * 0.55), drop)} ${pt(X(-w), drop * 0.6)} ${pt(X(-w), y0)}`;
  const front = g.frontNeckDropMm;
  const rib = g.ribMm;
  const ribY = (shoulder[1] * rib) / Math.max(1, shoulder[0] - neck);
  const inside = `M${pt(X(-neck), 0)}Q${pt(X(0), 2 * backDrop)} ${pt(X(neck), 0)}${u(neck, front, 0)}Z`;
  const backRib = `M${pt(X(-neck), 0)}Q${pt(X(0), 2 * backDrop)} ${pt(X(neck), 0)}L${pt(X(neck), rib)}Q${pt(X(0), 2 * backDrop + rib)} ${pt(X(-neck), rib)}Z`;
  const frontRib = `M${pt(X(neck + rib), ribY)}${u(neck + rib, front + rib, ribY)}L${pt(X(-neck), 0)}${u(-neck, front, 0)}Z`;

  const seam = (a: Point, b: Point, ctrl: Point) =>
    `M${pt(X(a[0]), a[1])}Q${pt(X(ctrl[0]), ctrl[1])} ${pt(X(b[0]), b[1])}`;
  const armhole = (s: number) =>
    seam(
      [s * shoulder[0], shoulder[1]],
      [s * armpit[0], armpit[1]],
      [s * (shoulder[0] + (half - shoulder[0]) * 0.2), armpit[1] * 0.6],
    );
  const inward = (pt0: Point, s: number): Point => [
    s * (pt0[0] - HEM_STITCH_MM * dir[0]),
    pt0[1] - HEM_STITCH_MM * dir[1],
  ];
  const cuffStitch = (s: number) =>
    polyline([inward(cuffOuter, s), inward(cuffInner, s)].map(([x, y]): Point => [X(x), y]));
  const hemStitch = polyline([
    [X(-half), length - HEM_STITCH_MM],
    [X(half), length - HEM_STITCH_MM],
  ]);

  const sw = strokeFor(width, length);
  const line = (d: string, colour: string, k = 0.7, dash = false) =>
    `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${num(sw * k)}"${dash ? ` stroke-dasharray="${num(sw * 2)} ${num(sw * 1.5)}"` : ''}/>`;
  const parts = [
    `<path d="${outline}" fill="${p.body}" stroke="${p.edge}" stroke-width="${num(sw)}"/>`,
    `<path d="${inside}" fill="${p.inside}" stroke="${p.edge}" stroke-width="${num(sw * 0.6)}"/>`,
    `<path d="${backRib}" fill="${p.detail}" fill-opacity="0.6"/>`,
    `<path d="${frontRib}" fill="${p.detail}" stroke="${p.edge}" stroke-width="${num(sw * 0.6)}"/>`,
    line(armhole(1), p.seam, 0.6),
    line(armhole(-1), p.seam, 0.6),
    line(cuffStitch(1), p.seam, 0.5, true),
    line(cuffStitch(-1), p.seam, 0.5, true),
    line(hemStitch, p.seam, 0.5, true),
    // Front zones are measured from the top-left of the front panel (chest wide, body long).
    ...zones
      .filter((z) => z.surface === 'front')
      .map((z) =>
        zoneOutline(
          z.id,
          roundedRectPath(X(-half) + z.rect.xMm, z.rect.yMm, z.rect.widthMm, z.rect.heightMm, 0),
          p,
          sw,
        ),
      ),
  ];
  return { widthMm: width, heightMm: length, svg: parts.join('') };
}

export const teeDrawing: KindDrawing<'tee'> = { draw: drawTee, colours: { body: '#e6e6e6' } };
