// The phone case on its phone, standing up with the back toward +z. The back's outer face lies
// at z = 0 and the case reaches toward -z; x/y are centred on the case outline.
import { CylinderGeometry, ExtrudeGeometry, ShapeGeometry, Vector3, type BufferGeometry } from 'three';
import { phoneCaseOuter } from '@/lib/kinds/phone-case/layout';
import type { PhoneCaseGeometry } from '@/lib/kinds/phone-case/schema';
import { phoneCaseSurfaces } from '@/lib/kinds/phone-case/surfaces';
import type { Rect } from '@/lib/templates/geometry';
import {
  merge,
  planarUvs,
  roundedRectHole,
  roundedRectShape,
  type SceneRect,
} from '@/components/scene/models/shapes';
import type { ModelPart, ProductModel } from '@/components/scene/models/types';
import type { KindModel } from '../kind';

const CURVE = 16;

type Lens = { x: number; y: number; r: number };

/** Lens centres in the camera plateau (surface mm): a row along the long side. */
export function lensLayout(cam: Rect): Lens[] {
  const long = Math.max(cam.widthMm, cam.heightMm);
  const short = Math.min(cam.widthMm, cam.heightMm);
  const count = long / short >= 2.6 ? 3 : long / short >= 1.3 ? 2 : 1;
  const r = short * 0.3;
  const step = (long - short * 0.4) / count;
  return Array.from({ length: count }, (_, i) => {
    const along = short * 0.2 + step * (i + 0.5);
    const tall = cam.heightMm >= cam.widthMm;
    return {
      x: cam.xMm + (tall ? cam.widthMm / 2 : along),
      y: cam.yMm + (tall ? along : cam.heightMm / 2),
      r,
    };
  });
}

function extrude(
  shape: ReturnType<typeof roundedRectShape>,
  depth: number,
  bevel: number,
  zTop: number,
): BufferGeometry {
  const g = new ExtrudeGeometry(shape, {
    depth: Math.max(0.01, depth - 2 * bevel),
    bevelEnabled: bevel > 0,
    bevelThickness: bevel,
    bevelSize: bevel,
    bevelOffset: -bevel,
    bevelSegments: 3,
    curveSegments: CURVE,
  });
  // ExtrudeGeometry spans [-bevel, depth - bevel]; move its top face to zTop.
  return g.translate(0, 0, zTop - (depth - bevel));
}

/** Builds the case, the phone inside it and the printable back surface. */
export function buildPhoneCase(g: PhoneCaseGeometry): ProductModel {
  const outer = phoneCaseOuter(g);
  const { widthMm: w, heightMm: h, depthMm: depth } = outer;
  const { wallMm, clearanceMm, backMm } = g.shell;
  // Surface mm (origin top-left seen from behind, y down) to scene x/y.
  const toScene = (r: Rect): SceneRect => ({
    left: r.xMm - w / 2,
    bottom: h / 2 - r.yMm - r.heightMm,
    width: r.widthMm,
    height: r.heightMm,
  });
  const inset = (r: SceneRect, by: number): SceneRect => ({
    left: r.left + by,
    bottom: r.bottom + by,
    width: r.width - 2 * by,
    height: r.height - 2 * by,
  });
  const full = toScene({ xMm: 0, yMm: 0, widthMm: w, heightMm: h });
  // The cavity is the phone plus its fit clearance; the wall surrounds it.
  const cavity = inset(full, wallMm);
  const cavityRadius = outer.cornerRadiusMm - wallMm;
  const cam = g.camera;
  const camRect = toScene(cam);

  // The bumper: a ring from the back face to the screen lip, rounded at both ends.
  const ring = roundedRectShape(full, outer.cornerRadiusMm);
  ring.holes.push(roundedRectHole(cavity, cavityRadius));
  const sides = extrude(ring, depth, 0.45, 0);

  // The back plate fills the ring, with the camera cut-out as a real hole.
  const plate = roundedRectShape(cavity, cavityRadius);
  plate.holes.push(roundedRectHole(camRect, cam.cornerRadiusMm));
  const back = extrude(plate, backMm, 0.2, 0);

  // The phone: body, screen and camera plateau with its lenses, seen through the cut-out.
  const deviceBack = -backMm - clearanceMm;
  const deviceRect = inset(cavity, clearanceMm);
  const body = extrude(
    roundedRectShape(deviceRect, g.device.cornerRadiusMm),
    g.device.depthMm,
    1.2,
    deviceBack,
  );
  const plateau = extrude(
    roundedRectShape(inset(camRect, 1.5), Math.max(0, cam.cornerRadiusMm - 1.5)),
    2,
    0.5,
    deviceBack + 1.4,
  );
  const screenZ = deviceBack - g.device.depthMm - 0.02;
  const screen = new ShapeGeometry(roundedRectShape(inset(deviceRect, 1), g.device.cornerRadiusMm - 1), CURVE)
    .rotateY(Math.PI)
    .translate(0, 0, screenZ);
  const lensTop = deviceBack + 1.4;
  const rings: BufferGeometry[] = [];
  const glass: BufferGeometry[] = [];
  for (const lens of lensLayout(cam)) {
    const x = lens.x - w / 2;
    const y = h / 2 - lens.y;
    rings.push(
      new CylinderGeometry(lens.r, lens.r, 1.6, 40).rotateX(Math.PI / 2).translate(x, y, lensTop + 0.8),
    );
    glass.push(
      new CylinderGeometry(lens.r * 0.72, lens.r * 0.72, 1.7, 40)
        .rotateX(Math.PI / 2)
        .translate(x, y, lensTop + 0.85),
    );
  }

  const parts: ModelPart[] = [
    { part: 'sides', geometry: sides },
    { part: 'case', geometry: back },
    { part: 'device', geometry: merge([body, plateau]) },
    { part: 'screen', geometry: screen },
    { part: 'lens-ring', geometry: merge(rings) },
    { part: 'lens-glass', geometry: merge(glass) },
  ];

  const keepOuts = phoneCaseSurfaces.surfaces(g, {})[0]?.keepOuts ?? [];
  return {
    parts,
    surfaces: {
      back: {
        part: 'case',
        artGeometry(rect) {
          const r = toScene(rect);
          // Print stops where the back meets the bumper, so corners follow the case's curve.
          const margin = Math.min(
            rect.xMm,
            rect.yMm,
            w - rect.xMm - rect.widthMm,
            h - rect.yMm - rect.heightMm,
          );
          const shape = roundedRectShape(r, Math.max(0, outer.cornerRadiusMm - margin));
          for (const k of keepOuts) {
            const inside =
              k.xMm >= rect.xMm &&
              k.yMm >= rect.yMm &&
              k.xMm + k.widthMm <= rect.xMm + rect.widthMm &&
              k.yMm + k.heightMm <= rect.yMm + rect.heightMm;
            if (inside) shape.holes.push(roundedRectHole(toScene(k), cam.cornerRadiusMm));
          }
          return planarUvs(new ShapeGeometry(shape, CURVE), r).translate(0, 0, 0.05);
        },
        frameAt: (x, y) => ({ point: new Vector3(x - w / 2, h / 2 - y, 0), normal: new Vector3(0, 0, 1) }),
      },
    },
    viewDirection: new Vector3(0.55, 0.18, 1).normalize(),
    polarRange: [0.12 * Math.PI, 0.88 * Math.PI],
  };
}

export const phoneCaseModel: KindModel<'phone-case'> = {
  build: buildPhoneCase,
  // The phone inside the case: its body, screen and camera, which no option dresses.
  fixedSwatches: {
    device: { hex: '#2f3034', roughness: 0.3, metalness: 0.6, texture: 'plastic-gloss', transmission: 0 },
    screen: { hex: '#050507', roughness: 0.05, metalness: 0, texture: 'plastic-gloss', transmission: 0 },
    'lens-ring': { hex: '#a4a6ad', roughness: 0.22, metalness: 1, texture: 'plastic-gloss', transmission: 0 },
    'lens-glass': {
      hex: '#07080d',
      roughness: 0.32,
      metalness: 0,
      texture: 'plastic-gloss',
      transmission: 0,
    },
  },
};
