// Five-pocket jeans, upright with the front toward +z, drawn from the size's points of measure.
// Layout comes from lib/kinds/jeans/layout.ts (seen from behind, y down from the waist); scene y is
// outseam - y, so the hems stand on y = 0.
import { CylinderGeometry, Quaternion, SphereGeometry, Vector3, type BufferGeometry } from 'three';
import type { JeansGeometry } from '@/lib/kinds/jeans/schema';
import type { Rect } from '@/lib/templates/geometry';
import { frontPocketMouth, jeansLayout, pocketShape } from '@/lib/kinds/jeans/layout';
import { ReliefField, reliefMesh, type Pt } from '@/components/scene/models/relief';
import { seamStrip } from '@/components/scene/models/seam-strip';
import { merge } from '@/components/scene/models/shapes';
import { SEAM, StitchBuilder, TOPSTITCH } from '@/components/scene/models/stitches';
import type { ModelSurface, ProductModel } from '@/components/scene/models/types';
import type { KindModel } from '../kind';

/** Heights above the cloth: waistband and pockets, belt loops, the leather patch. */
const BAND = 1.4;
const LOOP = 3.4;
const PATCH = 3.2;

const closed = (points: Pt[]) => [...points, points[0]!];
const pts = (...points: Pt[]) => points;

/** The polyline moved `d` mm sideways (to its left, going along it; negative: right). */
export function offsetLine(points: Pt[], d: number): Pt[] {
  return points.map(([x, y], i) => {
    const [px, py] = points[Math.max(0, i - 1)]!;
    const [qx, qy] = points[Math.min(points.length - 1, i + 1)]!;
    const len = Math.hypot(qx - px, qy - py) || 1;
    return [x - (d * (qy - py)) / len, y + (d * (qx - px)) / len];
  });
}

const rect = (x: number, y: number, w: number, h: number): Pt[] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

function roundedRect(x: number, y: number, w: number, h: number, r: number): Pt[] {
  const corner = (cx: number, cy: number, from: number) =>
    Array.from({ length: 5 }, (_, i): Pt => [
      cx + r * Math.cos(from + (i * Math.PI) / 8),
      cy + r * Math.sin(from + (i * Math.PI) / 8),
    ]);
  return [
    ...corner(x + w - r, y + r, -Math.PI / 2),
    ...corner(x + w - r, y + h - r, 0),
    ...corner(x + r, y + h - r, Math.PI / 2),
    ...corner(x + r, y + r, Math.PI),
  ];
}

/** Builds the jeans for one size with their pockets, hardware, stitching and print surfaces. */
export function buildJeans(g: JeansGeometry, m: Record<string, number>): ProductModel {
  const l = jeansLayout(g, m);
  const back = ([x, y]: Pt): Pt => [l.cx - x, l.outseam - y];
  const front = ([x, y]: Pt): Pt => [x - l.cx, l.outseam - y];
  const sides = [
    { side: 1 as const, at: front },
    { side: -1 as const, at: back },
  ];
  const outline = l.outline.points.map(back);
  const field = new ReliefField(
    { points: outline, open: l.outline.open },
    l.hip * 0.105,
    l.hip * 0.2,
    0.5,
    0.3,
  );
  const spacing = Math.max(10, l.hip / 45);
  const overlay = { spacing: 5, rim: true };

  const cloth: BufferGeometry[] = [seamStrip(field, 6)];
  const thread = new StitchBuilder(field);
  const seams = new StitchBuilder(field);
  for (const { side, at } of sides) {
    cloth.push(reliefMesh(field, outline, { side, spacing }));
    cloth.push(reliefMesh(field, l.band.map(at), { side, lift: BAND, ...overlay }));
    for (const y of [3, l.wb - 3])
      thread.line(pts([l.sideX(y) + 3, y], l.mirror([l.sideX(y) + 3, y])).map(at), side, TOPSTITCH, BAND);
    for (const hem of [l.hemOut, 2 * l.cx - l.hemOut - l.opening]) {
      for (const y of [l.outseam - 9, l.outseam - 16])
        thread.line(pts([hem + 3, y], [hem + l.opening - 3, y]).map(at), side, TOPSTITCH);
    }
  }
  const loops = [
    ...[-0.47, -0.2, 0, 0.2, 0.47].map((k) => ({ x: l.cx + k * l.waist, at: back, side: -1 as const })),
    ...[-0.3, 0.3].map((k) => ({ x: l.cx + k * l.waist, at: front, side: 1 as const })),
  ];
  for (const { x, at, side } of loops) {
    cloth.push(
      reliefMesh(field, rect(x - 5, 1, 10, l.wb + 6).map(at), { side, lift: LOOP, spacing: 3, rim: true }),
    );
  }

  // Back: yoke, centre seam, two pockets with their arcuate stitching.
  seams.line(l.yoke.map(back), -1, SEAM);
  for (const d of [3.5, 9]) thread.line(l.yoke.map(([x, y]): Pt => [x, y + d]).map(back), -1, TOPSTITCH);
  seams.line(pts([l.cx, l.wb], [l.cx, l.crotch]).map(back), -1, SEAM);
  for (const d of [3.5, 9])
    thread.line(pts([l.cx + d, l.yokeCentre + 6], [l.cx + d, l.crotch - 12]).map(back), -1, TOPSTITCH);
  const hardware: Array<{ at: Pt; side: 1 | -1; lift: number; r: number }> = [];
  for (const x of [l.pocket.left, l.pocket.right]) {
    cloth.push(reliefMesh(field, pocketShape(l, x).map(back), { side: -1, lift: BAND, ...overlay }));
    for (const inset of [3, 7]) thread.line(closed(pocketShape(l, x, inset)).map(back), -1, TOPSTITCH, BAND);
    const { width: pw, height: ph, y } = l.pocket;
    // The arcuate: two wings dipping from the pocket's sides to meet in a point at the middle.
    for (const dy of [0, 6]) {
      const wing = (from: number): Pt[] =>
        Array.from({ length: 9 }, (_, i) => {
          const t = i / 8;
          return [
            x + pw * (from + (0.5 - from) * t),
            y + dy + ph * (0.28 + 0.22 * Math.sin(Math.PI * t * 0.85) + 0.1 * t),
          ];
        });
      thread.line([...wing(0.1), ...wing(0.9).reverse()].map(back), -1, TOPSTITCH, BAND);
    }
    for (const rx of [x + 5, x + pw - 5])
      hardware.push({ at: back([rx, y + 5]), side: -1, lift: BAND, r: 3.6 });
  }

  // Front: scooped pocket mouths, coin pocket, J-stitched fly, button.
  const mouth = frontPocketMouth(l);
  for (const curve of [mouth, mouth.map(l.mirror)]) {
    const inward = curve === mouth ? -1 : 1;
    seams.line(curve.map(front), 1, SEAM, BAND);
    for (const d of [4, 10]) thread.line(offsetLine(curve, inward * d).map(front), 1, TOPSTITCH);
    const first = curve[0]!;
    const last = curve[curve.length - 1]!;
    hardware.push({ at: front([first[0] + inward * -2, first[1] + 5]), side: 1, lift: 0, r: 3.6 });
    hardware.push({ at: front([last[0] - inward * 6, last[1] - 2]), side: 1, lift: 0, r: 3.6 });
  }
  const coin = { x: mouth[0]![0] - 76, y: l.wb + 1, w: 56, h: 46 };
  cloth.push(
    reliefMesh(field, rect(coin.x, coin.y, coin.w, coin.h).map(front), { side: 1, lift: BAND, ...overlay }),
  );
  for (const d of [3, 8])
    thread.line(
      pts([coin.x + 1, coin.y + d], [coin.x + coin.w - 1, coin.y + d]).map(front),
      1,
      TOPSTITCH,
      BAND,
    );
  for (const x of [coin.x + 3, coin.x + coin.w - 3])
    thread.line(pts([x, coin.y + 10], [x, coin.y + coin.h - 3]).map(front), 1, TOPSTITCH, BAND);
  for (const x of [coin.x + 4, coin.x + coin.w - 4])
    hardware.push({ at: front([x, coin.y + 4]), side: 1, lift: BAND, r: 3.2 });
  const flyDepth = Math.min(190, (l.crotch - l.wb) * 0.78);
  for (const d of [38, 44]) {
    const j: Pt[] = [
      [l.cx + d, l.wb],
      [l.cx + d, l.wb + flyDepth - d],
    ];
    for (let i = 1; i <= 8; i++) {
      const a = (i / 8) * (Math.PI / 2);
      j.push([l.cx + d * Math.cos(a), l.wb + flyDepth - d + d * Math.sin(a)]);
    }
    thread.line(j.map(front), 1, TOPSTITCH);
  }
  seams.line(pts([l.cx, l.wb], [l.cx, l.crotch]).map(front), 1, SEAM);
  hardware.push({ at: front([l.cx, l.wb / 2]), side: 1, lift: BAND, r: 8.5 });

  // The leather patch on the back waistband, on the wearer's right.
  const [px, py] = l.patch;
  const patch = reliefMesh(field, roundedRect(px, py, g.patch.widthMm, g.patch.heightMm, 3).map(back), {
    side: -1,
    lift: PATCH,
    spacing: 5,
    rim: true,
  });
  thread.line(
    closed(roundedRect(px + 3, py + 3, g.patch.widthMm - 6, g.patch.heightMm - 6, 2)).map(back),
    -1,
    TOPSTITCH,
    PATCH,
  );

  const surface = (origin: Pt, lift: number, part: string): ModelSurface => ({
    part,
    artGeometry(r: Rect) {
      const box = rect(origin[0] + r.xMm, origin[1] + r.yMm, r.widthMm, r.heightMm).map(back);
      const [x0, top] = box[0]!;
      const uv = (x: number, y: number): Pt => [(x0 - x) / r.widthMm, 1 - (top - y) / r.heightMm];
      return reliefMesh(field, box, { side: -1, lift: lift + 0.4, spacing: 4, uv });
    },
    frameAt: (x, y) => field.surface(...back([origin[0] + x, origin[1] + y]), -1, lift),
  });

  return {
    parts: [
      { part: 'fabric', geometry: merge(cloth), inside: true },
      { part: 'fabric', geometry: seams.build(), tint: 0.45 },
      { part: 'thread', geometry: thread.build() },
      { part: 'hardware', geometry: merge(hardware.map((h) => rivet(field, h))) },
      { part: 'patch', geometry: patch },
    ],
    surfaces: {
      'back-pocket': surface([l.pocket.right, l.pocket.y], BAND, 'fabric'),
      'waistband-patch': surface(l.patch, PATCH, 'patch'),
    },
    viewDirection: new Vector3(0.42, 0.12, -1).normalize(),
    polarRange: [0.28 * Math.PI, 0.68 * Math.PI],
  };
}

/** A domed rivet head (or the waistband button) sitting on the cloth, facing out. */
function rivet(field: ReliefField, h: { at: Pt; side: 1 | -1; lift: number; r: number }): BufferGeometry {
  const { point, normal } = field.surface(h.at[0], h.at[1], h.side, h.lift);
  const dome = new SphereGeometry(h.r, 16, 6, 0, Math.PI * 2, 0, Math.PI / 2)
    .scale(1, 0.45, 1)
    .translate(0, 0.8, 0);
  const rim = new CylinderGeometry(h.r * 1.08, h.r * 1.08, 0.9, 16).translate(0, 0.45, 0);
  return merge([dome, rim])
    .applyQuaternion(new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), normal))
    .translate(point.x, point.y, point.z);
}

export const jeansModel: KindModel<'jeans'> = {
  build: buildJeans,
  // Gold topstitching and the leather patch, unless an option dresses them.
  fixedSwatches: {
    thread: { hex: '#d39a3a', roughness: 0.85, metalness: 0, texture: 'cotton-jersey', transmission: 0 },
    patch: { hex: '#a8743f', roughness: 0.6, metalness: 0, texture: 'leather', transmission: 0 },
  },
};
