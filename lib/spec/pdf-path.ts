// SVG path data -> PDF path operators. The renderer's outlines use absolute M, L, H, V, Q, C
// and Z (opentype.js output); relative commands are accepted too so any path drawn by
// lib/render survives. PDF has no quadratic curves: each Q becomes the exact cubic.

const TOKEN = /[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, Q: 4, C: 6, Z: 0 };

/** A number with at most 4 decimals and no trailing zeros: stable, short PDF content. */
export const pdfNumber = (v: number): string => {
  const r = Math.round(v * 10000) / 10000;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Converts path data to PDF operators (m, l, c, h), without painting. Throws on unknown commands. */
export function pathToPdfOperators(pathData: string): string {
  const tokens = pathData.match(TOKEN) ?? [];
  const out: string[] = [];
  const f = pdfNumber;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let i = 0;
  let command = '';
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      i += 1;
      if (command === 'Z' || command === 'z') {
        out.push('h');
        x = startX;
        y = startY;
        continue;
      }
    }
    const upper = command.toUpperCase();
    const arity = ARITY[upper];
    if (arity === undefined || arity === 0) throw new Error(`Unsupported path command "${command}" in "${pathData.slice(0, 40)}"`);
    const args = tokens.slice(i, i + arity).map(Number);
    if (args.length < arity || args.some((a) => Number.isNaN(a))) throw new Error('Truncated path data');
    i += arity;
    const relative = command !== upper;
    const ax = (k: number) => (relative ? x : 0) + args[k]!;
    const ay = (k: number) => (relative ? y : 0) + args[k]!;
    switch (upper) {
      case 'M':
        [x, y] = [ax(0), ay(1)];
        [startX, startY] = [x, y];
        out.push(`${f(x)} ${f(y)} m`);
        // Further pairs after M are implicit line-tos.
        command = relative ? 'l' : 'L';
        break;
      case 'L':
        [x, y] = [ax(0), ay(1)];
        out.push(`${f(x)} ${f(y)} l`);
        break;
      case 'H':
        x = ax(0);
        out.push(`${f(x)} ${f(y)} l`);
        break;
      case 'V':
        y = ay(0);
        out.push(`${f(x)} ${f(y)} l`);
        break;
      case 'Q': {
        const [qx, qy, ex, ey] = [ax(0), ay(1), ax(2), ay(3)];
        const c1x = x + (2 / 3) * (qx - x);
        const c1y = y + (2 / 3) * (qy - y);
        const c2x = ex + (2 / 3) * (qx - ex);
        const c2y = ey + (2 / 3) * (qy - ey);
        out.push(`${f(c1x)} ${f(c1y)} ${f(c2x)} ${f(c2y)} ${f(ex)} ${f(ey)} c`);
        [x, y] = [ex, ey];
        break;
      }
      case 'C': {
        const p = [ax(0), ay(1), ax(2), ay(3), ax(4), ay(5)];
        out.push(`${p.map(f).join(' ')} c`);
        [x, y] = [p[4]!, p[5]!];
        break;
      }
    }
  }
  return out.join('\n');
}
