// A canvas tote standing on y = 0 with its front toward +z and its handles up: the body
// (body.ts), two webbing handles sewn onto the outside of the panels with box-X
// stitching, the stitched top hem, and the front and back panels as print surfaces. Panel mm
// (x from the left seen from outside, y down from the top edge) become scene x/y directly.
import { Vector3 } from 'three';
import type { ToteGeometry } from '@/lib/kinds/tote/schema';
import type { Rect } from '@/lib/templates/geometry';
import { handleArch, handleEndsX } from '@/lib/kinds/tote/layout';
import { reliefMesh, type Pt } from '@/components/scene/models/relief';
import { merge } from '@/components/scene/models/shapes';
import { StitchBuilder, TOPSTITCH } from '@/components/scene/models/stitches';
import { strapMesh, type StrapStation } from '@/components/scene/models/strap';
import type { ModelSurface, ProductModel } from '@/components/scene/models/types';
import type { KindModel } from '../kind';
import { ToteBody } from './body';

/** Cotton webbing thickness. */
const WEBBING_MM = 2;
/** The handles lean out from the bag this much, front one forward and back one back. */
const LEAN = (10 * Math.PI) / 180;
/**
 * How far a handle turns about its length on the way to the top of the loop. Webbing only bends
 * over its flat side, so a real one turns a quarter turn; a partial turn keeps its face to the
 * viewer, as product photos show standing handles.
 */
const TWIST = (30 * Math.PI) / 180;
/** Stitch rows sit this far inside a hem's or a strap's edge. */
const STITCH_INSET = 3.5;

/** One handle's centre line with the direction its width lies in: up one end, over the loop, down the other. */
function handleStations(body: ToteBody, g: ToteGeometry, side: 1 | -1): StrapStation[] {
  const H = body.height;
  const lift = WEBBING_MM / 2 + 0.1;
  const toScene = (x: number) => x - body.width / 2;
  // On the panel: lying flat on it, width across.
  const leg = (x: number, down: boolean): StrapStation[] => {
    const steps = Math.max(2, Math.ceil(g.handle.attachMm / 4));
    return Array.from({ length: steps + 1 }, (_, i) => {
      const y = H - g.handle.attachMm + (g.handle.attachMm * (down ? steps - i : i)) / steps;
      const { point, normal } = body.surface(x, y, side, lift);
      return { point, across: new Vector3().crossVectors(normal, new Vector3(0, 1, 0)).normalize() };
    });
  };
  const [left, right] = handleEndsX(g).map(toScene) as [number, number];
  const up = leg(left, false);
  const down = leg(right, true);
  const top = up.at(-1)!.point;
  // Over the loop, in a plane through the two ends leaning out by LEAN: the strap leaves the
  // panel with its width in that plane and turns about its length, most at the top.
  const lean = new Vector3(0, Math.cos(LEAN), side * Math.sin(LEAN));
  const planeNormal = new Vector3(1, 0, 0).cross(lean).multiplyScalar(side).normalize();
  const arch = handleArch(g).map(([x, rise]): Pt => [toScene(x), rise]);
  const points = arch.map(([x, rise]) => new Vector3(x, top.y, top.z).addScaledVector(lean, rise));
  let travelled = 0;
  const loop = points.map((point, i): StrapStation => {
    if (i) travelled += point.distanceTo(points[i - 1]!);
    const tangent = new Vector3()
      .subVectors(points[Math.min(points.length - 1, i + 1)]!, points[Math.max(0, i - 1)]!)
      .normalize();
    const inPlane = new Vector3().crossVectors(planeNormal, tangent).normalize();
    const turn =
      TWIST * Math.min(1, Math.min(travelled, g.handle.lengthMm - travelled) / (g.handle.lengthMm / 2));
    return {
      point,
      across: inPlane.multiplyScalar(Math.cos(turn)).addScaledVector(planeNormal, Math.sin(turn)).normalize(),
    };
  });
  return [...up, ...loop.slice(1, -1), ...down];
}

/** Builds the tote: body, handles, stitching and the two printable panels. */
export function buildTote(g: ToteGeometry): ProductModel {
  const body = new ToteBody(g);
  const { width: W, height: H } = body;
  const spacing = Math.max(8, W / 45);
  const panel: Pt[] = [
    [-W / 2, 0],
    [W / 2, 0],
    [W / 2, H],
    [-W / 2, H],
  ];
  const cloth = merge([
    reliefMesh(body, panel, { side: 1, spacing }),
    reliefMesh(body, panel, { side: -1, spacing }),
    ...body.gussets(spacing),
    body.rim(spacing / 2),
  ]);
  const handles = merge(
    ([1, -1] as const).map((side) => strapMesh(handleStations(body, g, side), g.handle.widthMm, WEBBING_MM)),
  );

  const stitches = new StitchBuilder(body);
  const ends = handleEndsX(g).map((x) => x - W / 2);
  for (const side of [1, -1] as const) {
    for (const y of [H - g.topHemMm + STITCH_INSET])
      stitches.line(
        [
          [-W / 2 + 2, y],
          [W / 2 - 2, y],
        ],
        side,
        TOPSTITCH,
      );
    for (const x of ends) {
      const x0 = x - g.handle.widthMm / 2 + STITCH_INSET;
      const x1 = x + g.handle.widthMm / 2 - STITCH_INSET;
      const y0 = H - g.handle.attachMm + STITCH_INSET;
      const y1 = H - STITCH_INSET;
      const box: Pt[] = [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
        [x1, y1],
      ];
      stitches.line(box, side, TOPSTITCH, WEBBING_MM + 0.1);
      stitches.line(
        [
          [x1, y0],
          [x0, y1],
        ],
        side,
        TOPSTITCH,
        WEBBING_MM + 0.1,
      );
    }
  }

  // Each panel's origin is its top-left corner seen from outside.
  const surface = (side: 1 | -1): ModelSurface => {
    const sceneX = (x: number) => side * (x - W / 2);
    return {
      part: 'fabric',
      artGeometry(rect: Rect) {
        const x0 = sceneX(rect.xMm);
        const x1 = sceneX(rect.xMm + rect.widthMm);
        const top = H - rect.yMm;
        const bottom = top - rect.heightMm;
        const polygon: Pt[] = [
          [x0, top],
          [x1, top],
          [x1, bottom],
          [x0, bottom],
        ];
        const uv = (x: number, y: number): Pt => [
          (side * (x - x0)) / rect.widthMm,
          (y - bottom) / rect.heightMm,
        ];
        return reliefMesh(body, polygon, { side, lift: 0.8, spacing: 8, uv });
      },
      frameAt: (x, y) => body.surface(sceneX(x), H - y, side),
    };
  };

  return {
    parts: [
      { part: 'fabric', geometry: cloth, inside: true },
      { part: 'fabric', geometry: handles, tint: 0.93 },
      { part: 'fabric', geometry: stitches.build(), tint: 0.86 },
    ],
    surfaces: { front: surface(1), back: surface(-1) },
    viewDirection: new Vector3(0.42, 0.4, 1).normalize(),
    polarRange: [0.16 * Math.PI, 0.62 * Math.PI],
  };
}

// Every part is dressed by an option.
export const toteModel: KindModel<'tote'> = { build: buildTote, fixedSwatches: {} };
