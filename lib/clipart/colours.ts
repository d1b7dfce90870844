// Colour parsing and palette reduction for clipart: pure, shared by the sanitizer and the
// configurator (which recolours a palette colour to a zone colour).

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  pink: '#ffc0cb',
  gray: '#808080',
  grey: '#808080',
  brown: '#a52a2a',
  navy: '#000080',
  teal: '#008080',
  maroon: '#800000',
  lime: '#00ff00',
  aqua: '#00ffff',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  fuchsia: '#ff00ff',
  silver: '#c0c0c0',
  gold: '#ffd700',
  olive: '#808000',
  crimson: '#dc143c',
  coral: '#ff7f50',
};

const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

/** A CSS colour as lower-case #rrggbb; 'none' for none/transparent; null when not a plain colour. */
export function normalizeColour(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === 'transparent') return 'none';
  if (v === 'currentcolor') return '#000000';
  if (NAMED[v]) return NAMED[v];
  let m = /^#([0-9a-f]{3})$/.exec(v);
  if (m) return '#' + [...m[1]!].map((c) => c + c).join('');
  m = /^#([0-9a-f]{6})$/.exec(v);
  if (m) return v;
  m = /^#([0-9a-f]{6})[0-9a-f]{2}$/.exec(v);
  if (m) return '#' + m[1]!;
  m = /^rgba?\(\s*([\d.]+)(%?)[\s,]+([\d.]+)(%?)[\s,]+([\d.]+)(%?)/.exec(v);
  if (m) {
    const ch = (n: string, pct: string) => (pct ? (Number(n) * 255) / 100 : Number(n));
    return '#' + hex2(ch(m[1]!, m[2]!)) + hex2(ch(m[3]!, m[4]!)) + hex2(ch(m[5]!, m[6]!));
  }
  return null;
}

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const distance = (a: string, b: string) => {
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  return (r1 - r2) ** 2 + (g1 - g2) ** 2 + (b1 - b2) ** 2;
};

/**
 * Reduces colours (with their use counts) to at most `max`, merging the least used colour into
 * its nearest neighbour until they fit. Returns the palette, most used first, and where each
 * original colour went.
 */
export function reducePalette(
  counts: Map<string, number>,
  max: number,
): { palette: string[]; mapping: Map<string, string> } {
  const mapping = new Map<string, string>([...counts.keys()].map((c) => [c, c]));
  const live = new Map(counts);
  while (live.size > max) {
    const [least] = [...live.entries()].sort((a, b) => a[1] - b[1])[0]!;
    let nearest = '';
    let best = Infinity;
    for (const c of live.keys())
      if (c !== least && distance(c, least) < best) [nearest, best] = [c, distance(c, least)];
    live.set(nearest, live.get(nearest)! + live.get(least)!);
    live.delete(least);
    for (const [from, to] of mapping) if (to === least) mapping.set(from, nearest);
  }
  const palette = [...live.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  return { palette, mapping };
}

/** Recolours a sanitized clipart SVG: each palette colour to the colour `to` maps it to. */
export function recolourSvg(svg: string, to: Record<string, string>): string {
  return svg.replace(/(fill|stroke|stop-color)="(#[0-9a-f]{6})"/g, (all, attr: string, colour: string) =>
    to[colour] ? `${attr}="${to[colour]}"` : all,
  );
}
