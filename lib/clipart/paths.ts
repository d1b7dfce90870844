// A sanitized clipart SVG (lib/server/clipart/sanitize.ts, or a library icon) as plain drawing
// parts: every shape as absolute M, L, C and Z segments in viewBox units with its group
// transforms applied, and its own fill and outline. Pure string parsing, no DOM, so the browser,
// the server and the tests turn one SVG into the same vectors for the preview and the print files.
import { applyMatrix, IDENTITY, multiply, type Matrix } from '../render/affine';
import { normalizeColour } from './colours';

export type Segment =
  | ['M', number, number]
  | ['L', number, number]
  | ['C', number, number, number, number, number, number]
  | ['Z'];

/** One painted shape of a clipart. */
export type ClipartPart = {
  segments: Segment[];
  /** #rrggbb, or null for no fill. */
  fill: string | null;
  evenOdd: boolean;
  /** An outline in viewBox units (scaled by its transform), or null. */
  stroke: { colour: string; width: number; round: boolean } | null;
};

export type ClipartDrawing = { viewBox: [number, number, number, number]; parts: ClipartPart[] };

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** An SVG transform attribute as one matrix (the list applied left to right, as SVG does). */
export function parseTransform(value: string): Matrix {
  let m = IDENTITY;
  for (const [, name, args] of value.matchAll(/([a-zA-Z]+)\s*\(([^)]*)\)/g)) {
    const v = (args!.match(NUMBER) ?? []).map(Number);
    const [a = 0, b, c, d = 0, e = 0, f = 0] = v;
    const rad = (deg: number) => (deg * Math.PI) / 180;
    let t: Matrix = IDENTITY;
    if (name === 'matrix' && v.length === 6) t = [a, b!, c!, d, e, f];
    else if (name === 'translate') t = [1, 0, 0, 1, a, b ?? 0];
    else if (name === 'scale') t = [a, 0, 0, b ?? a, 0, 0];
    else if (name === 'rotate') {
      const [cos, sin] = [Math.cos(rad(a)), Math.sin(rad(a))];
      const [cx, cy] = [b ?? 0, c ?? 0];
      t = [cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy];
    } else if (name === 'skewX') t = [1, 0, Math.tan(rad(a)), 1, 0, 0];
    else if (name === 'skewY') t = [1, Math.tan(rad(a)), 0, 1, 0, 0];
    m = multiply(m, t);
  }
  return m;
}

/** Reads path data into absolute segments (arcs and quadratics as cubics); stops at an error. */
export function parsePathData(d: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  const skip = () => {
    while (i < d.length && /[\s,]/.test(d[i]!)) i++;
  };
  const number = (): number | null => {
    skip();
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(d);
    if (!m || m.index !== i) return null;
    i += m[0].length;
    return Number(m[0]);
  };
  const flag = (): number | null => {
    skip();
    const c = d[i];
    if (c !== '0' && c !== '1') return null;
    i++;
    return Number(c);
  };
  let [x, y, sx, sy] = [0, 0, 0, 0];
  let [cx, cy, qx, qy] = [0, 0, 0, 0]; // last cubic / quadratic control point, for S and T
  let prev = '';
  let command = '';
  while (i < d.length) {
    skip();
    if (i >= d.length) break;
    if (/[a-zA-Z]/.test(d[i]!)) command = d[i++]!;
    else if (!command || command === 'z' || command === 'Z') break;
    const upper = command.toUpperCase();
    const rel = command !== upper;
    const X = (v: number) => (rel ? x + v : v);
    const Y = (v: number) => (rel ? y + v : v);
    const read = (k: number) => {
      const v: number[] = [];
      for (let j = 0; j < k; j++) {
        const n = number();
        if (n === null) return null;
        v.push(n);
      }
      return v;
    };
    const cubic = (x1: number, y1: number, x2: number, y2: number, ex: number, ey: number) => {
      out.push(['C', x1, y1, x2, y2, ex, ey]);
      [cx, cy, x, y] = [x2, y2, ex, ey];
    };
    // A quadratic as the cubic it equals (control points two thirds of the way to its own).
    const quadratic = (px: number, py: number, ex: number, ey: number) => {
      cubic(
        x + (2 / 3) * (px - x),
        y + (2 / 3) * (py - y),
        ex + (2 / 3) * (px - ex),
        ey + (2 / 3) * (py - ey),
        ex,
        ey,
      );
      [qx, qy] = [px, py];
    };
    if (upper === 'Z') {
      out.push(['Z']);
      [x, y] = [sx, sy];
      prev = 'Z';
      continue;
    }
    if (upper === 'M' || upper === 'L' || upper === 'T') {
      const v = read(2);
      if (!v) break;
      const [ex, ey] = [X(v[0]!), Y(v[1]!)];
      if (upper === 'T') {
        const [px, py] = 'QT'.includes(prev) ? [2 * x - qx, 2 * y - qy] : [x, y];
        quadratic(px, py, ex, ey);
      } else {
        out.push([upper === 'M' ? 'M' : 'L', ex, ey]);
        if (upper === 'M') [sx, sy] = [ex, ey];
        [x, y] = [ex, ey];
      }
      // Coordinates after an M's first pair are line-tos.
      if (upper === 'M') command = rel ? 'l' : 'L';
    } else if (upper === 'H' || upper === 'V') {
      const v = read(1);
      if (!v) break;
      if (upper === 'H') x = rel ? x + v[0]! : v[0]!;
      else y = rel ? y + v[0]! : v[0]!;
      out.push(['L', x, y]);
    } else if (upper === 'C' || upper === 'S') {
      const v = read(upper === 'C' ? 6 : 4);
      if (!v) break;
      const [x1, y1] =
        upper === 'C' ? [X(v[0]!), Y(v[1]!)] : 'CS'.includes(prev) ? [2 * x - cx, 2 * y - cy] : [x, y];
      const o = upper === 'C' ? 2 : 0;
      cubic(x1, y1, X(v[o]!), Y(v[o + 1]!), X(v[o + 2]!), Y(v[o + 3]!));
    } else if (upper === 'Q') {
      const v = read(4);
      if (!v) break;
      quadratic(X(v[0]!), Y(v[1]!), X(v[2]!), Y(v[3]!));
    } else if (upper === 'A') {
      const r = read(3);
      const large = flag();
      const sweep = flag();
      const e = read(2);
      if (!r || large === null || sweep === null || !e) break;
      const [ex, ey] = [X(e[0]!), Y(e[1]!)];
      for (const c of arcToCubics(x, y, r[0]!, r[1]!, r[2]!, large, sweep, ex, ey)) cubic(...c);
      [x, y] = [ex, ey];
    } else break;
    prev = upper;
  }
  return out;
}

type Cubic = [number, number, number, number, number, number];

/** An elliptical arc (SVG endpoint form) as cubics of at most 90° each (SVG 1.1 F.6.5). */
function arcToCubics(
  x1: number,
  y1: number,
  rxIn: number,
  ryIn: number,
  angle: number,
  large: number,
  sweep: number,
  x2: number,
  y2: number,
): Cubic[] {
  let [rx, ry] = [Math.abs(rxIn), Math.abs(ryIn)];
  if (rx === 0 || ry === 0 || (x1 === x2 && y1 === y2))
    return rx === 0 || ry === 0 ? [[x1, y1, x2, y2, x2, y2]] : [];
  const phi = (angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)];
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) [rx, ry] = [rx * Math.sqrt(lambda), ry * Math.sqrt(lambda)];
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cxp = (k * rx * y1p) / ry;
  const cyp = (-k * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const ang = (ux: number, uy: number, vx: number, vy: number) => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const t1 = ang(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let dt = ang((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && dt > 0) dt -= 2 * Math.PI;
  else if (sweep && dt < 0) dt += 2 * Math.PI;
  const count = Math.max(1, Math.ceil(Math.abs(dt) / (Math.PI / 2) - 1e-9));
  const step = dt / count;
  const alpha = (4 / 3) * Math.tan(step / 4);
  const point = (t: number) =>
    [
      cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin,
      cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos,
    ] as const;
  const tangent = (t: number) =>
    [
      -rx * Math.sin(t) * cos - ry * Math.cos(t) * sin,
      -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos,
    ] as const;
  const out: Cubic[] = [];
  for (let j = 0; j < count; j++) {
    const [a, b] = [t1 + j * step, t1 + (j + 1) * step];
    const [p0, p1] = [point(a), point(b)];
    const [d0, d1] = [tangent(a), tangent(b)];
    const end = j === count - 1 ? ([x2, y2] as const) : p1;
    out.push([
      p0[0] + alpha * d0[0],
      p0[1] + alpha * d0[1],
      p1[0] - alpha * d1[0],
      p1[1] - alpha * d1[1],
      end[0],
      end[1],
    ]);
  }
  return out;
}

const num = (v: string | undefined, fallback = 0): number => {
  const n = Number.parseFloat(v ?? '');
  return Number.isFinite(n) ? n : fallback;
};

/** A basic shape element (rect, circle, ...) as path data; null for elements that draw nothing. */
function shapePathData(name: string, a: Record<string, string>): string | null {
  switch (name) {
    case 'path':
      return a.d ?? null;
    case 'rect': {
      const [x, y, w, h] = [num(a.x), num(a.y), num(a.width), num(a.height)];
      if (w <= 0 || h <= 0) return null;
      let rx = a.rx !== undefined ? num(a.rx) : a.ry !== undefined ? num(a.ry) : 0;
      let ry = a.ry !== undefined ? num(a.ry) : rx;
      [rx, ry] = [Math.min(rx, w / 2), Math.min(ry, h / 2)];
      if (rx <= 0 || ry <= 0) return `M${x} ${y}H${x + w}V${y + h}H${x}Z`;
      const arc = (ex: number, ey: number) => `A${rx} ${ry} 0 0 1 ${ex} ${ey}`;
      return (
        `M${x + rx} ${y}H${x + w - rx}${arc(x + w, y + ry)}V${y + h - ry}${arc(x + w - rx, y + h)}` +
        `H${x + rx}${arc(x, y + h - ry)}V${y + ry}${arc(x + rx, y)}Z`
      );
    }
    case 'circle':
    case 'ellipse': {
      const [cx, cy] = [num(a.cx), num(a.cy)];
      const rx = name === 'circle' ? num(a.r) : num(a.rx);
      const ry = name === 'circle' ? num(a.r) : num(a.ry);
      if (rx <= 0 || ry <= 0) return null;
      return `M${cx + rx} ${cy}A${rx} ${ry} 0 1 1 ${cx - rx} ${cy}A${rx} ${ry} 0 1 1 ${cx + rx} ${cy}Z`;
    }
    case 'line':
      return `M${num(a.x1)} ${num(a.y1)}L${num(a.x2)} ${num(a.y2)}`;
    case 'polyline':
    case 'polygon': {
      const v = (a.points?.match(NUMBER) ?? []).map(Number);
      if (v.length < 4) return null;
      const pairs = [];
      for (let i = 0; i + 1 < v.length; i += 2) pairs.push(`${v[i]} ${v[i + 1]}`);
      return `M${pairs.join('L')}${name === 'polygon' ? 'Z' : ''}`;
    }
    default:
      return null;
  }
}

const HIDDEN = new Set([
  'defs',
  'clippath',
  'mask',
  'symbol',
  'pattern',
  'marker',
  'lineargradient',
  'radialgradient',
  'title',
  'desc',
  'metadata',
  'style',
]);
const INHERITED = [
  'fill',
  'stroke',
  'stroke-width',
  'fill-rule',
  'stroke-linecap',
  'display',
  'visibility',
] as const;
type Paint = Partial<Record<(typeof INHERITED)[number], string>> & { matrix: Matrix; hidden: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (v: string) => v.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name, , dq, sq] of text.matchAll(/([^\s=/]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
    out[name!.toLowerCase()] = decode(dq ?? sq ?? '');
  // Presentation set in a style attribute wins over the attribute, as in CSS.
  for (const rule of (out.style ?? '').split(';')) {
    const [k, v] = rule.split(':').map((s) => s.trim());
    if (k && v) out[k.toLowerCase()] = v;
  }
  return out;
}

const paintColour = (value: string | undefined): string | null => {
  if (value === undefined) return null;
  const c = normalizeColour(value);
  return c === 'none' ? null : (c ?? '#000000');
};

function transformed(segments: Segment[], m: Matrix): Segment[] {
  const p = (x: number, y: number) => applyMatrix(m, x, y);
  return segments.map((s): Segment => {
    if (s[0] === 'Z') return s;
    if (s[0] === 'C') return ['C', ...p(s[1], s[2]), ...p(s[3], s[4]), ...p(s[5], s[6])];
    return [s[0], ...p(s[1], s[2])];
  });
}

/** The parts a sanitized SVG draws, in viewBox units, bottom first; null without a usable viewBox. */
export function clipartDrawing(svg: string): ClipartDrawing | null {
  const text = svg.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const stack: Paint[] = [{ fill: '#000000', matrix: IDENTITY, hidden: false }];
  const parts: ClipartPart[] = [];
  let viewBox: ClipartDrawing['viewBox'] | null = null;
  for (const [, close, rawName, attrText, selfClose] of text.matchAll(
    /<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g,
  )) {
    const name = rawName!.toLowerCase().replace(/^svg:/, '');
    if (close) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const a = attributes(attrText ?? '');
    const parent = stack.at(-1)!;
    const own: Paint = {
      ...parent,
      matrix: a.transform ? multiply(parent.matrix, parseTransform(a.transform)) : parent.matrix,
    };
    for (const key of INHERITED) if (a[key] !== undefined && a[key] !== 'inherit') own[key] = a[key];
    own.hidden = parent.hidden || HIDDEN.has(name) || own.display === 'none' || own.visibility === 'hidden';
    if (name === 'svg' && !viewBox) {
      const v = (a.viewbox ?? '').split(/[\s,]+/).map(Number);
      if (v.length === 4 && v.every(Number.isFinite) && v[2]! > 0 && v[3]! > 0)
        viewBox = v as ClipartDrawing['viewBox'];
      else if (num(a.width) > 0 && num(a.height) > 0) viewBox = [0, 0, num(a.width), num(a.height)];
    }
    const d = own.hidden ? null : shapePathData(name, a);
    if (d) {
      const segments = transformed(parsePathData(d), own.matrix);
      const fill = paintColour(own.fill);
      const strokeColour = paintColour(own.stroke);
      const m = own.matrix;
      const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
      const width = num(own['stroke-width'], 1) * scale;
      const stroke =
        strokeColour && width > 0
          ? { colour: strokeColour, width, round: own['stroke-linecap'] === 'round' }
          : null;
      // A line has no inside: only its outline paints.
      const filled = name === 'line' ? null : fill;
      if (segments.length > 1 && (filled || stroke))
        parts.push({ segments, fill: filled, evenOdd: own['fill-rule'] === 'evenodd', stroke });
    }
    if (!selfClose) stack.push(own);
  }
  return viewBox ? { viewBox, parts } : null;
}

/** A number with at most 3 decimals: short, stable path data. */
const n3 = (v: number): string => String(Math.round(v * 1000) / 1000);

/** Segments mapped by (x, y) -> (x * k + dx, y * k + dy) as path data of M, L, C and Z. */
export function segmentsPathData(segments: Segment[], k: number, dx: number, dy: number): string {
  const p = (x: number, y: number) => `${n3(x * k + dx)} ${n3(y * k + dy)}`;
  return segments
    .map((s) => {
      if (s[0] === 'Z') return 'Z';
      if (s[0] === 'C') return `C${p(s[1], s[2])} ${p(s[3], s[4])} ${p(s[5], s[6])}`;
      return `${s[0]}${p(s[1], s[2])}`;
    })
    .join('');
}
