// A canvas tote from the front, its handles standing up, drawn to scale from the template's
// panel, hem and handle figures (the same layout the 3D model uses).
import {
  num,
  polyline,
  roundedRectPath,
  strokeFor,
  type Drawing,
  type Palette,
  type PlacedZone,
  zoneOutline,
} from '../../render/illustration/svg';
import type { KindDrawing } from '../kind';
import { handleArch, handleEndsX } from './layout';
import type { ToteGeometry } from './schema';

/** Stitch rows sit this far inside a hem's or a strap's edge. */
const STITCH_INSET_MM = 3.5;

/** Draws the tote to scale: panel, top hem, handles with their box-X stitching, and the front zones. */
export function drawTote(g: ToteGeometry, zones: PlacedZone[], p: Palette): Drawing {
  const { widthMm: W, heightMm: H } = g.panel;
  const w = g.handle.widthMm;
  const arch = handleArch(g);
  // The strap is drawn flat-on, so it reaches half its width beyond its centre line.
  const rise = Math.max(...arch.map(([, up]) => up)) + w / 2;
  const left = Math.min(0, ...arch.map(([x]) => x - w / 2));
  const right = Math.max(W, ...arch.map(([x]) => x + w / 2));
  const X = (x: number) => x - left;
  const Y = (y: number) => rise + y;
  const width = right - left;
  const height = rise + H;
  const sw = strokeFor(width, height);

  const [endL, endR] = handleEndsX(g);
  const strap = polyline([
    [X(endL), Y(g.handle.attachMm)],
    ...arch.map(([x, up]): [number, number] => [X(x), Y(-up)]),
    [X(endR), Y(g.handle.attachMm)],
  ]);
  const line = (d: string, colour: string, k: number, dash = false) =>
    `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${num(sw * k)}"${dash ? ` stroke-dasharray="${num(sw * 2)} ${num(sw * 1.5)}"` : ''}/>`;
  // Box-X stitching holds each end: a box inside the strap's edges and its two diagonals.
  const boxX = (x: number) => {
    const x0 = X(x - w / 2 + STITCH_INSET_MM);
    const x1 = X(x + w / 2 - STITCH_INSET_MM);
    const y0 = Y(STITCH_INSET_MM);
    const y1 = Y(g.handle.attachMm - STITCH_INSET_MM);
    const box = polyline(
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ],
      true,
    );
    return line(
      box +
        polyline([
          [x0, y0],
          [x1, y1],
        ]) +
        polyline([
          [x1, y0],
          [x0, y1],
        ]),
      p.seam,
      0.4,
    );
  };
  // A filled bag rounds off toward its side and bottom seams: stepped light shadows there
  // (no gradients: an illustration is inlined many times on a page and must not emit ids).
  const shade = (x: number, y: number, bw: number, bh: number) =>
    `<path d="${roundedRectPath(X(x), Y(y), bw, bh, 0)}" fill="#000000" fill-opacity="0.025"/>`;
  const steps = [0.02, 0.045, 0.075];
  const parts = [
    `<path d="${roundedRectPath(X(0), Y(0), W, H, Math.min(6, W / 40))}" fill="${p.body}" stroke="${p.edge}" stroke-width="${num(sw)}"/>`,
    ...steps.flatMap((k) => [
      shade(0, 0, W * k, H),
      shade(W * (1 - k), 0, W * k, H),
      shade(0, H * (1 - k), W, H * k),
    ]),
    line(
      polyline([
        [X(0), Y(g.topHemMm)],
        [X(W), Y(g.topHemMm)],
      ]),
      p.detail,
      0.6,
    ),
    line(
      polyline([
        [X(0), Y(g.topHemMm - STITCH_INSET_MM)],
        [X(W), Y(g.topHemMm - STITCH_INSET_MM)],
      ]),
      p.seam,
      0.5,
      true,
    ),
    `<path d="${strap}" fill="none" stroke="${p.edge}" stroke-width="${num(w + 2 * sw)}" stroke-linecap="butt"/>`,
    `<path d="${strap}" fill="none" stroke="${p.detail}" stroke-width="${num(w)}" stroke-linecap="butt"/>`,
    boxX(endL),
    boxX(endR),
    ...zones
      .filter((z) => z.surface === 'front')
      .map((z) =>
        zoneOutline(
          z.id,
          roundedRectPath(X(z.rect.xMm), Y(z.rect.yMm), z.rect.widthMm, z.rect.heightMm, 0),
          p,
          sw,
        ),
      ),
  ];
  return { widthMm: width, heightMm: height, svg: parts.join('') };
}

export const toteDrawing: KindDrawing<'tote'> = {
  draw: (g, _measurements, zones, p) => drawTote(g, zones, p),
  colours: { body: '#ece3cf' },
};
