// How an image element's picture is changed before it is drawn (crop, quarter turns, flips, a
// pixel filter) and the shape it is cut to (its mask). The element carries these; the pixels
// are made once by lib/render/image-pixels.ts (the browser's preview and the server's files
// call the same function), and every writer clips to maskPathData, so all outputs agree.

/** A crop in the picture's own 0..1 coordinates. */
export type LookCrop = { x: number; y: number; w: number; h: number };

/** A pixel filter with its colours resolved to #rrggbb. */
export type PixelFilter =
  | { kind: 'greyscale' }
  | { kind: 'sepia' }
  | { kind: 'duotone'; dark: string; light: string }
  | { kind: 'threshold'; level: number };

/** What is done to a picture's pixels, in this order: crop, quarter turns clockwise, flips, filter. */
export type ImageLook = {
  crop?: LookCrop;
  quarterTurns: 0 | 1 | 2 | 3;
  flipX: boolean;
  flipY: boolean;
  filter?: PixelFilter;
};

/** The shape an image is cut to, in its placed box: the inscribed ellipse or a rounded rectangle. */
export type LookMask = { shape: 'circle' } | { shape: 'rounded'; radiusMm: number };

/** A picture's pixel rectangle kept by a crop: whole pixels, at least one each way. */
export function cropPixels(
  widthPx: number,
  heightPx: number,
  crop: LookCrop | undefined,
): { left: number; top: number; width: number; height: number } {
  if (!crop) return { left: 0, top: 0, width: widthPx, height: heightPx };
  const left = Math.min(widthPx - 1, Math.max(0, Math.round(crop.x * widthPx)));
  const top = Math.min(heightPx - 1, Math.max(0, Math.round(crop.y * heightPx)));
  const right = Math.min(widthPx, Math.max(left + 1, Math.round((crop.x + crop.w) * widthPx)));
  const bottom = Math.min(heightPx, Math.max(top + 1, Math.round((crop.y + crop.h) * heightPx)));
  return { left, top, width: right - left, height: bottom - top };
}

/** The pixel size of a picture after its look (crop, then turns swap the sides when odd). */
export function lookedPixelSize(
  widthPx: number,
  heightPx: number,
  look: Pick<ImageLook, 'crop' | 'quarterTurns'> | undefined,
): { widthPx: number; heightPx: number } {
  const { width, height } = cropPixels(widthPx, heightPx, look?.crop);
  return look && look.quarterTurns % 2 === 1
    ? { widthPx: height, heightPx: width }
    : { widthPx: width, heightPx: height };
}

const num = (v: number) => String(Math.round(v * 1e6) / 1e6);

/** A stable text key of a look: equal keys, equal pixels (caches and derived image ids use it). */
export function lookKey(look: ImageLook): string {
  const c = look.crop;
  const f = look.filter;
  const filter = !f
    ? 'none'
    : f.kind === 'duotone'
      ? `duotone:${f.dark}:${f.light}`
      : f.kind === 'threshold'
        ? `threshold:${f.level}`
        : f.kind;
  return [
    c ? `crop:${num(c.x)},${num(c.y)},${num(c.w)},${num(c.h)}` : 'crop:none',
    `turns:${look.quarterTurns}`,
    `flip:${look.flipX ? 'x' : ''}${look.flipY ? 'y' : ''}`,
    `filter:${filter}`,
  ].join(' ');
}

/** The corner radius a rounded mask really has in a w x h box (at most half the shorter side). */
export function maskRadius(mask: Extract<LookMask, { shape: 'rounded' }>, w: number, h: number): number {
  return Math.max(0, Math.min(mask.radiusMm, w / 2, h / 2));
}

// Four cubic arcs make a circle within 0.03 % of its radius.
const KAPPA = 0.5522847498;

/**
 * The mask's outline as absolute SVG path data (M, L, C, Z) in the box's own mm, centred on
 * (0, 0): the SVG clipPath, the PDF clipping path and the canvas clip all use this one path.
 */
export function maskPathData(mask: LookMask, w: number, h: number): string {
  const f = num;
  const [x0, y0, x1, y1] = [-w / 2, -h / 2, w / 2, h / 2];
  if (mask.shape === 'circle') {
    const [rx, ry] = [w / 2, h / 2];
    const [kx, ky] = [rx * KAPPA, ry * KAPPA];
    return (
      `M${f(rx)} 0C${f(rx)} ${f(ky)} ${f(kx)} ${f(ry)} 0 ${f(ry)}` +
      `C${f(-kx)} ${f(ry)} ${f(-rx)} ${f(ky)} ${f(-rx)} 0` +
      `C${f(-rx)} ${f(-ky)} ${f(-kx)} ${f(-ry)} 0 ${f(-ry)}` +
      `C${f(kx)} ${f(-ry)} ${f(rx)} ${f(-ky)} ${f(rx)} 0Z`
    );
  }
  const r = maskRadius(mask, w, h);
  const k = r * (1 - KAPPA);
  return (
    `M${f(x0 + r)} ${f(y0)}L${f(x1 - r)} ${f(y0)}C${f(x1 - k)} ${f(y0)} ${f(x1)} ${f(y0 + k)} ${f(x1)} ${f(y0 + r)}` +
    `L${f(x1)} ${f(y1 - r)}C${f(x1)} ${f(y1 - k)} ${f(x1 - k)} ${f(y1)} ${f(x1 - r)} ${f(y1)}` +
    `L${f(x0 + r)} ${f(y1)}C${f(x0 + k)} ${f(y1)} ${f(x0)} ${f(y1 - k)} ${f(x0)} ${f(y1 - r)}` +
    `L${f(x0)} ${f(y0 + r)}C${f(x0)} ${f(y0 + k)} ${f(x0 + k)} ${f(y0)} ${f(x0 + r)} ${f(y0)}Z`
  );
}

/** A stable key of a mask at a box size (clip ids, baked-mask caches). */
export function maskKey(mask: LookMask, w: number, h: number): string {
  return mask.shape === 'circle'
    ? `circle-${num(w)}x${num(h)}`
    : `rounded-${num(w)}x${num(h)}-r${num(maskRadius(mask, w, h))}`;
}
