// A crew-neck tee drawn from the chosen size's points of measure, upright, front toward +z.
// Layout coordinates follow the tech pack: x from the centre front, y down from the high point
// of the shoulder (HPS); scene y = bodyLength - y, so the hem sits on y = 0.
import { Vector3 } from 'three';
import type { TeeGeometry } from '@/lib/kinds/tee/schema';
import type { Rect } from '@/lib/templates/geometry';
import { teeSilhouette } from '@/lib/kinds/tee/layout';
import { merge } from '@/components/scene/models/shapes';
import { ReliefField, reliefMesh, type Outline, type Pt } from '@/components/scene/models/relief';
import { seamStrip } from '@/components/scene/models/seam-strip';
import { SEAM, StitchBuilder, TOPSTITCH } from '@/components/scene/models/stitches';
import type { ModelSurface, ProductModel } from '@/components/scene/models/types';
import type { KindModel } from '../kind';

// Worn (upright), sleeves hang lower than in the flat-lay catalogue drawing.
const SLEEVE_ANGLE = (38 * Math.PI) / 180;
const HEM_MM = 20;

const bezier = (p0: Pt, p1: Pt, p2: Pt, p3: Pt, steps: number): Pt[] =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const k = [(1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3] as const;
    return [0, 1].map((c) => k[0] * p0[c]! + k[1] * p1[c]! + k[2] * p2[c]! + k[3] * p3[c]!) as Pt;
  });

/** The neckline from the left HPS through the centre drop to the right HPS (layout mm). */
export function neckline(halfWidth: number, drop: number): Pt[] {
  const w = halfWidth;
  const left = bezier([-w, 0], [-w, drop * 0.6], [-w * 0.55, drop], [0, drop], 10);
  const right = left
    .slice(0, -1)
    .reverse()
    .map(([x, y]): Pt => [-x, y]);
  return [...left, ...right];
}

/** Builds the tee for one size: two padded panels, collar rib, seams and the print surfaces. */
export function buildTee(g: TeeGeometry, m: Record<string, number>): ProductModel {
  const s = teeSilhouette(g, m, SLEEVE_ANGLE);
  const toScene = ([x, y]: Pt): Pt => [x, s.length - y];
  const mirror = ([x, y]: Pt): Pt => [-x, y];
  const right: Pt[] = [s.shoulder, s.cuffOuter, s.cuffInner, s.armpit, s.hem];
  const rightOpen = [false, true, false, false, true];
  const left = right.map(mirror).reverse();
  const leftOpen = [false, false, true, false, false];
  const outline = (drop: number): Outline => {
    const neck = neckline(s.neck, drop);
    const points = [...neck, ...right, ...left].map(toScene);
    return { points, open: [...neck.map((_, i) => i < neck.length - 1), ...rightOpen, ...leftOpen] };
  };
  const front = outline(g.frontNeckDropMm);
  const back = outline(Math.min(g.backNeckDropMm, g.frontNeckDropMm));
  const field = new ReliefField(front, s.chest * 0.135, s.chest * 0.3);
  const spacing = Math.max(10, s.chest / 45);

  // The collar rib: a band the rib's width wide, just outside the neckline, on both panels;
  // the back one shows on the inside too, through the neck opening.
  const band = (drop: number) => {
    const inner = neckline(s.neck, drop);
    const centre: Pt = [0, drop * 0.4];
    const outer = inner.map(([x, y], i): Pt => {
      const [px, py] = inner[Math.max(0, i - 1)]!;
      const [qx, qy] = inner[Math.min(inner.length - 1, i + 1)]!;
      let n: Pt = [qy - py, px - qx];
      if (n[0] * (x - centre[0]) + n[1] * (y - centre[1]) < 0) n = [-n[0], -n[1]];
      const k = g.ribMm / Math.hypot(n[0], n[1]);
      return [x + n[0] * k, y + n[1] * k];
    });
    return { inner, outer, polygon: [...inner, ...outer.reverse()].map(toScene) };
  };
  const frontRib = band(g.frontNeckDropMm);
  const backRib = band(Math.min(g.backNeckDropMm, g.frontNeckDropMm));
  const rib = { spacing: 6, rim: true };
  const cloth = merge([
    reliefMesh(field, front.points, { side: 1, spacing }),
    reliefMesh(field, back.points, { side: -1, spacing }),
    seamStrip(field, 6),
    reliefMesh(field, frontRib.polygon, { side: 1, lift: 1.6, ...rib }),
    reliefMesh(field, backRib.polygon, { side: -1, lift: 1.6, ...rib }),
    reliefMesh(field, backRib.polygon, { side: -1, lift: -1.6, ...rib }),
  ]);

  const stitches = new StitchBuilder(field);
  const inward = (p: Pt, by: number, d: Pt): Pt => [p[0] - by * d[0], p[1] - by * d[1]];
  for (const side of [1, -1] as const) {
    for (const k of [1, -1]) {
      const sx = (p: Pt): Pt => [k * p[0], p[1]];
      const ctrl: Pt = [s.shoulder[0] + (s.half - s.shoulder[0]) * 0.2, s.armpit[1] * 0.6];
      const armhole = bezier(s.shoulder, ctrl, ctrl, s.armpit, 12).map(sx).map(toScene);
      stitches.line(armhole, side, SEAM);
      for (const by of [HEM_MM, HEM_MM + 6]) {
        stitches.line(
          [inward(s.cuffOuter, by, s.dir), inward(s.cuffInner, by, s.dir)].map(sx).map(toScene),
          side,
          TOPSTITCH,
        );
      }
    }
    for (const by of [HEM_MM, HEM_MM + 6])
      stitches.line(
        (
          [
            [-s.half + 2, s.length - by],
            [s.half - 2, s.length - by],
          ] as Pt[]
        ).map(toScene),
        side,
        TOPSTITCH,
      );
  }
  const ribStitch = (b: ReturnType<typeof band>, side: 1 | -1) =>
    stitches.line(
      b.inner.map(([x, y], i): Pt => {
        const [ox, oy] = b.outer[b.outer.length - 1 - i]!;
        return toScene([x + (ox - x) * 0.88, y + (oy - y) * 0.88]);
      }),
      side,
      TOPSTITCH,
      1.6,
    );
  ribStitch(frontRib, 1);
  ribStitch(backRib, -1);

  // Panels are chest wide with their origin at the top-left seen from outside.
  const surface = (side: 1 | -1): ModelSurface => {
    const sceneX = (x: number) => side * (x - s.half);
    return {
      part: 'fabric',
      artGeometry(rect: Rect) {
        const x0 = sceneX(rect.xMm);
        const top = s.length - rect.yMm;
        const polygon: Pt[] = [
          [x0, top],
          [sceneX(rect.xMm + rect.widthMm), top],
          [sceneX(rect.xMm + rect.widthMm), top - rect.heightMm],
          [x0, top - rect.heightMm],
        ];
        const uv = (x: number, y: number): Pt => [
          (side * (x - x0)) / rect.widthMm,
          (y - (top - rect.heightMm)) / rect.heightMm,
        ];
        return reliefMesh(field, polygon, { side, lift: 0.8, spacing: 8, uv });
      },
      frameAt: (x, y) => field.surface(sceneX(x), s.length - y, side),
    };
  };

  return {
    parts: [
      { part: 'fabric', geometry: cloth, inside: true },
      { part: 'fabric', geometry: stitches.build(), tint: 0.8 },
    ],
    surfaces: { front: surface(1), back: surface(-1) },
    viewDirection: new Vector3(0.32, 0.1, 1).normalize(),
    polarRange: [0.28 * Math.PI, 0.68 * Math.PI],
  };
}

// Every part is dressed by an option.
export const teeModel: KindModel<'tee'> = { build: buildTee, fixedSwatches: {} };
