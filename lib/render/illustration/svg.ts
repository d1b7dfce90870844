// Small SVG helpers shared by the product illustrations. An illustration is inlined many
// times on one catalogue page, so nothing here emits ids (no gradients, no clip paths).
import type { Rect } from '../../templates/geometry';

/** Colours an illustration is drawn in, derived from the selected choices. */
export type Palette = {
  body: string;
  /** Outline of the silhouette. */
  edge: string;
  /** Ribs, bands and other details: a shade of the body colour. */
  detail: string;
  /** Seams and stitches inside the silhouette: darker on light products, lighter on dark ones. */
  seam: string;
  /** Insides seen through an opening (the mug's interior, the back of a neckline). */
  inside: string;
  /** The mug's handle (two-tone mugs colour it with the inside). */
  handle: string;
  thread: string;
  patch: string;
  /** Rivets and buttons. */
  hardware: string;
  /** Dashed zone outlines: dark on light products, light on dark ones. */
  zone: string;
  bodyOpacity: number;
  /** The chosen colour of every part an option dresses, by part (a brand's model colours its materials so). */
  parts?: Readonly<Record<string, string>>;
};

/** A zone with its rectangle already placed on its surface (anchor applied), in mm. */
export type PlacedZone = { id: string; surface: string; rect: Rect };

/** A drawing in millimetres with its origin at the top-left of its bounding box. */
export type Drawing = { widthMm: number; heightMm: number; svg: string };

/** A number rounded to 0.01 mm, short enough to keep the markup small. */
export const num = (v: number): string => String(Math.round(v * 100) / 100);

/** An "x,y" pair for path data. */
export const pt = (x: number, y: number): string => `${num(x)},${num(y)}`;

/** Path data through the points, optionally closed. */
export const polyline = (points: ReadonlyArray<readonly [number, number]>, close = false): string =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${pt(x, y)}`).join('') + (close ? 'Z' : '');

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function rgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1, 7), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Mixes a hex colour toward another by amount (0 = unchanged, 1 = the other colour). */
export function mix(hex: string, toward: string, amount: number): string {
  const a = rgb(hex);
  const b = rgb(toward);
  return (
    '#' +
    a
      .map((c, i) =>
        Math.round(c + ((b[i] ?? 0) - c) * amount)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

/** Relative luminance of a hex colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Outline width for a drawing of this size, so every product reads the same at thumbnail size. */
export function strokeFor(widthMm: number, heightMm: number): number {
  return Math.max(widthMm, heightMm) / 220;
}

/** Path data for a rectangle with rounded corners (radius clamped to fit). */
export function roundedRectPath(x: number, y: number, w: number, h: number, radius: number): string {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  if (r === 0)
    return polyline(
      [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
      ],
      true,
    );
  const arc = (ex: number, ey: number) => `A${num(r)},${num(r)} 0 0 1 ${pt(ex, ey)}`;
  return (
    `M${pt(x + r, y)}H${num(x + w - r)}${arc(x + w, y + r)}V${num(y + h - r)}${arc(x + w - r, y + h)}` +
    `H${num(x + r)}${arc(x, y + h - r)}V${num(y + r)}${arc(x + r, y)}Z`
  );
}

/** The dashed outline that shows a brand where a personalization zone sits. */
export function zoneOutline(zoneId: string, d: string, p: Palette, sw: number): string {
  return (
    `<path data-zone="${escapeXml(zoneId)}" d="${d}" fill="none" stroke="${p.zone}" stroke-opacity="0.7" ` +
    `stroke-width="${num(sw * 0.8)}" stroke-dasharray="${num(sw * 3)} ${num(sw * 2)}"/>`
  );
}
