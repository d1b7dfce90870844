// The mug stands on y = 0 around the y axis, its handle toward +x. Angles follow three's
// lathe and cylinder convention (x = r sin t, z = r cos t), in which a growing angle moves to
// the right as seen from outside: the direction in which the wrap surface's x runs.
import { CatmullRomCurve3, CylinderGeometry, LatheGeometry, TubeGeometry, Vector2, Vector3 } from 'three';
import type { MugGeometry } from '@/lib/kinds/mug/schema';
import { merge, scaleUvs } from '@/components/scene/models/shapes';
import type { ProductModel } from '@/components/scene/models/types';
import type { KindModel } from '../kind';

const SEGMENTS = 96;
/** The handle's centre line: x = 0 of the wrap surface. */
const HANDLE_ANGLE = Math.PI / 2;

const arc = (cx: number, cy: number, r: number, from: number, to: number, steps = 8) =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const a = from + ((to - from) * i) / steps;
    return new Vector2(cx + r * Math.cos(a), cy + r * Math.sin(a));
  });

/** The outside: recessed base, foot ring, rounded heel and the straight wall up to the rim. */
export function outerProfile(g: MugGeometry): Vector2[] {
  const r = g.diameterMm / 2;
  const heel = 3.5;
  return [
    new Vector2(0, 2),
    new Vector2(r - 9, 2),
    new Vector2(r - 7.5, 0.3),
    new Vector2(r - 6.5, 0),
    ...arc(r - heel, heel, heel, -Math.PI / 2, 0),
    new Vector2(r, g.heightMm - g.wallMm / 2),
  ];
}

/** The rounded rim, the inner wall and the floor, from the outer edge of the rim inward. */
export function innerProfile(g: MugGeometry): Vector2[] {
  const r = g.diameterMm / 2;
  const w = g.wallMm;
  const floor = w + 2;
  const fillet = 6;
  return [
    ...arc(r - w / 2, g.heightMm - w / 2, w / 2, 0, Math.PI, 10),
    ...arc(r - w - fillet, floor + fillet, fillet, 0, -Math.PI / 2),
    new Vector2(0, floor),
  ];
}

/** Builds the mug body, inside and handle and the unwrapped wrap surface. */
export function buildMug(g: MugGeometry): ProductModel {
  const r = g.diameterMm / 2;
  const c = 2 * Math.PI * r;
  const body = scaleUvs(new LatheGeometry(outerProfile(g), SEGMENTS), c, g.heightMm);
  const inside = scaleUvs(new LatheGeometry(innerProfile(g), SEGMENTS), c, g.heightMm);

  // A C handle in the x/y plane, its ends buried in the wall, flattened across its width.
  const { heightMm: hh, projectionMm: proj, thicknessMm: t } = g.handle;
  const yc = g.heightMm * 0.52;
  const top = yc + hh / 2 - t / 2;
  const bottom = yc - hh / 2 + t / 2;
  const reach = r + proj - t / 2;
  const curve = new CatmullRomCurve3([
    new Vector3(r - 2.5, top - 2, 0),
    new Vector3(r + 5, top, 0),
    new Vector3(r + proj * 0.62, top - 1, 0),
    new Vector3(reach, yc + hh * 0.16, 0),
    new Vector3(reach - 1.5, yc - hh * 0.2, 0),
    new Vector3(r + proj * 0.5, bottom + 1, 0),
    new Vector3(r + 5, bottom + 2.5, 0),
    new Vector3(r - 2.5, bottom + 4, 0),
  ]);
  const handle = new TubeGeometry(curve, 72, t / 2, 18, false).scale(1, 1, 0.8);
  scaleUvs(handle, curve.getLength(), Math.PI * t);
  // Rotate so the handle's centre line sits at HANDLE_ANGLE (it was built along +x = angle PI/2).
  handle.rotateY(HANDLE_ANGLE - Math.PI / 2);

  const angleAt = (x: number) => HANDLE_ANGLE + x / r;
  const artRadius = r + 0.15;
  return {
    parts: [
      { part: 'body', geometry: body },
      { part: 'inside', geometry: merge([inside, handle]) },
    ],
    surfaces: {
      wrap: {
        part: 'body',
        artGeometry(rect) {
          const length = rect.widthMm / r;
          const segments = Math.max(8, Math.ceil((length / (2 * Math.PI)) * 160));
          return new CylinderGeometry(
            artRadius,
            artRadius,
            rect.heightMm,
            segments,
            1,
            true,
            angleAt(rect.xMm),
            length,
          ).translate(0, g.heightMm - rect.yMm - rect.heightMm / 2, 0);
        },
        frameAt(x, y) {
          const a = angleAt(x);
          const normal = new Vector3(Math.sin(a), 0, Math.cos(a));
          return {
            point: normal
              .clone()
              .multiplyScalar(r)
              .setY(g.heightMm - y),
            normal,
          };
        },
      },
    },
    // Facing the middle of the wrap print, turned so the handle shows on the left.
    viewDirection: new Vector3(
      Math.sin(HANDLE_ANGLE + 2.15),
      0.36,
      Math.cos(HANDLE_ANGLE + 2.15),
    ).normalize(),
    polarRange: [0.08 * Math.PI, 0.6 * Math.PI],
  };
}

// Every part is dressed by an option.
export const mugModel: KindModel<'mug'> = { build: buildMug, fixedSwatches: {} };
