// A 2D context for tests: it keeps the transform as a canvas does and records what is drawn
// (filled and stroked path points, image corners), in canvas pixels. Path2D stands in as its
// path data (see `pathSources`), so the recorder reads the points back.
import { applyMatrix, IDENTITY, multiply, type Matrix } from '../affine';
import type { Canvas2D, CanvasSources } from '../zone-canvas';

type Point = { x: number; y: number };

const apply = (m: Matrix, p: Point): Point => {
  const [x, y] = applyMatrix(m, p.x, p.y);
  return { x, y };
};

const TOKEN = /[MLCQZ]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * Points along absolute path data (M, L, Q, C, Z, as the zone renderer writes it), curves
 * sampled, so that their box is the curve's and not its control points'.
 */
export function curvePoints(d: string): Point[] {
  const tokens = d.match(TOKEN) ?? [];
  const out: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  let command = 'M';
  let i = 0;
  const num = () => Number(tokens[i++]);
  const sample = (f: (t: number) => Point) => {
    for (let k = 1; k <= 16; k++) out.push(f(k / 16));
  };
  while (i < tokens.length) {
    if (/^[MLCQZ]$/i.test(tokens[i]!)) command = tokens[i++]!.toUpperCase();
    if (command === 'Z') continue;
    if (command === 'M' || command === 'L') {
      at = { x: num(), y: num() };
      out.push(at);
    } else if (command === 'Q') {
      const [p0, c, p] = [at, { x: num(), y: num() }, { x: num(), y: num() }];
      sample((t) => ({
        x: (1 - t) ** 2 * p0.x + 2 * (1 - t) * t * c.x + t * t * p.x,
        y: (1 - t) ** 2 * p0.y + 2 * (1 - t) * t * c.y + t * t * p.y,
      }));
      at = p;
    } else if (command === 'C') {
      const [p0, c1, c2, p] = [at, { x: num(), y: num() }, { x: num(), y: num() }, { x: num(), y: num() }];
      const bez = (a: number, b: number, c: number, e: number, t: number) =>
        (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t * t * c + t ** 3 * e;
      sample((t) => ({ x: bez(p0.x, c1.x, c2.x, p.x, t), y: bez(p0.y, c1.y, c2.y, p.y, t) }));
      at = p;
    } else i++;
  }
  return out;
}

export function recordingCanvas() {
  let matrix: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const fills: Array<{ colour: string; points: Point[] }> = [];
  /** Stroked paths, with the line's half width in canvas pixels (the transform's x scale). */
  const strokes: Array<{ colour: string; points: Point[]; halfWidthPx: number }> = [];
  const images: Array<{ corners: Point[] }> = [];
  const points = (path: Path2D) => curvePoints(path as unknown as string).map((p) => apply(matrix, p));
  const c: Canvas2D & { fillStyle: string; strokeStyle: string; lineWidth: number } = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    save: () => void stack.push(matrix),
    restore: () => void (matrix = stack.pop()!),
    setTransform: ((a: number, b: number, cc: number, d: number, e: number, f: number) =>
      void (matrix = [a, b, cc, d, e, f])) as Canvas2D['setTransform'],
    translate: (x: number, y: number) => void (matrix = multiply(matrix, [1, 0, 0, 1, x, y])),
    rotate: (r: number) =>
      void (matrix = multiply(matrix, [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0])),
    clearRect: () => {},
    clip: () => {},
    drawImage: ((_: unknown, x: number, y: number, w: number, h: number) =>
      void images.push({
        corners: [apply(matrix, { x, y }), apply(matrix, { x: x + w, y: y + h })],
      })) as Canvas2D['drawImage'],
    fill: (path: Path2D) => void fills.push({ colour: c.fillStyle, points: points(path) }),
    stroke: (path: Path2D) =>
      void strokes.push({
        colour: c.strokeStyle,
        points: points(path),
        halfWidthPx: (c.lineWidth / 2) * Math.hypot(matrix[0], matrix[1]),
      }),
  };
  return { c, fills, strokes, images };
}

/** Canvas sources whose paths are their path data and whose images are ready (or not). */
export const pathSources = (ready: boolean): CanvasSources => ({
  path: (d: string) => d as unknown as Path2D,
  image: () => (ready ? ({} as CanvasImageSource) : undefined),
});
