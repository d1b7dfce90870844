import 'server-only';
import sharp, { type Sharp } from 'sharp';
import { elementsBounds } from '../../render/element-bounds';
import { bleedBox, elementsSvg, type ZoneElement } from '../../render/zone-svg';
import type { PrintImage } from '../../spec/types';
import type { Zone } from '../../templates/schema';
import { blendOver, type Patch } from './blend-over';

// A zone's print PNG composed from the renderer's elements, instead of librsvg drawing the
// whole SVG: librsvg took 2.5 s to draw one 12-megapixel photo into a 15-megapixel t-shirt
// print. Images are scaled, turned and cut by libvips straight from the originals; each run
// of text outlines is drawn by librsvg from the same SVG markup over just the pixels it
// covers, so its anti-aliasing is the whole-zone raster's. The patches are laid on one
// canvas in drawing order (libvips' composite blended all 15 megapixels per overlay, 0.35 s).
// An image's edges land on whole pixels (within half a pixel, 0.04 mm at 300 dpi).

type Size = { widthPx: number; heightPx: number };
type ImageElement = Extract<ZoneElement, { kind: 'image' }>;

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };

/** Pixels per zone mm on each axis, and the pixel of the bleed box's corner. */
function scaleOf(zone: Zone, size: Size) {
  const box = bleedBox(zone);
  return { box, sx: size.widthPx / box.widthMm, sy: size.heightPx / box.heightMm };
}

/** A patch cut to the canvas, or null when none of it is on the canvas. */
async function clipToCanvas(data: Buffer, width: number, height: number, left: number, top: number, size: Size): Promise<Patch | null> {
  const x0 = Math.max(0, left);
  const y0 = Math.max(0, top);
  const x1 = Math.min(size.widthPx, left + width);
  const y1 = Math.min(size.heightPx, top + height);
  if (x1 <= x0 || y1 <= y0) return null;
  if (x0 === left && y0 === top && x1 - x0 === width && y1 - y0 === height) return { data, width, height, left, top };
  const cut = await sharp(data, { raw: { width, height, channels: 4 } })
    .extract({ left: x0 - left, top: y0 - top, width: x1 - x0, height: y1 - y0 })
    .raw()
    .toBuffer();
  return { data: cut, width: x1 - x0, height: y1 - y0, left: x0, top: y0 };
}

/** An image scaled to its placed size, turned, and cut to the part inside the zone. */
async function imagePatch(zone: Zone, element: ImageElement, image: PrintImage, size: Size): Promise<Patch | null> {
  const { box, sx, sy } = scaleOf(zone, size);
  const width = Math.max(1, Math.round(element.widthMm * sx));
  const height = Math.max(1, Math.round(element.heightMm * sy));
  // preserveAspectRatio="none": stretched to the placed box, as the SVG draws it.
  // From the original's pixels (upright sRGB, print-images.ts): scaled once, straight to size.
  let pipeline = sharp(image.bytes, { limitInputPixels: false }).ensureAlpha().resize(width, height, { fit: 'fill' });
  const { rotationDeg } = element.placement;
  // Clockwise about the centre, as SVG's rotate(); the result grows to hold the corners.
  if (rotationDeg % 360 !== 0) pipeline = sharp(await pipeline.raw().toBuffer(), { raw: { width, height, channels: 4 } }).rotate(rotationDeg, { background: TRANSPARENT });
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  const left = Math.round((element.placement.xMm - box.xMm) * sx - info.width / 2);
  const top = Math.round((element.placement.yMm - box.yMm) * sy - info.height / 2);
  return clipToCanvas(data, info.width, info.height, left, top, size);
}

/** A run of text outlines drawn by librsvg over the whole pixels its outlines can touch. */
async function pathsPatch(zone: Zone, elements: ZoneElement[], size: Size): Promise<Patch | null> {
  const bounds = elementsBounds(elements);
  if (!bounds) return null;
  const { box, sx, sy } = scaleOf(zone, size);
  // One pixel of margin for anti-aliasing, cut to the canvas.
  const x0 = Math.max(0, Math.floor((bounds.xMm - box.xMm) * sx) - 1);
  const y0 = Math.max(0, Math.floor((bounds.yMm - box.yMm) * sy) - 1);
  const x1 = Math.min(size.widthPx, Math.ceil((bounds.xMm + bounds.widthMm - box.xMm) * sx) + 1);
  const y1 = Math.min(size.heightPx, Math.ceil((bounds.yMm + bounds.heightMm - box.yMm) * sy) + 1);
  if (x1 <= x0 || y1 <= y0) return null;
  const [width, height] = [x1 - x0, y1 - y0];
  const crop = { xMm: box.xMm + x0 / sx, yMm: box.yMm + y0 / sy, widthMm: width / sx, heightMm: height / sy };
  const svg = elementsSvg(zone, elements, { pixelWidth: width, pixelHeight: height, crop });
  let pipeline = sharp(Buffer.from(svg), { unlimited: true, limitInputPixels: false }).ensureAlpha();
  const meta = await pipeline.metadata();
  if (meta.width !== width || meta.height !== height) pipeline = pipeline.resize(width, height, { fit: 'fill' });
  return { data: await pipeline.raw().toBuffer(), width, height, left: x0, top: y0 };
}

/** Splits the elements into runs: each image alone, consecutive outlines together (bottom first). */
function runs(elements: ZoneElement[]): Array<ImageElement | ZoneElement[]> {
  const out: Array<ImageElement | ZoneElement[]> = [];
  for (const element of elements) {
    const last = out.at(-1);
    if (element.kind === 'image') out.push(element);
    else if (Array.isArray(last)) last.push(element);
    else out.push([element]);
  }
  return out;
}

/**
 * An unturned image as the whole canvas, in one libvips pipeline: scaled, cut to the zone and
 * surrounded by transparency. For a zone whose bottom layer is a photo this spares allocating,
 * clearing and copying 60 MB on the main thread.
 */
async function imageCanvas(zone: Zone, element: ImageElement, image: PrintImage, size: Size): Promise<Buffer> {
  const { box, sx, sy } = scaleOf(zone, size);
  const width = Math.max(1, Math.round(element.widthMm * sx));
  const height = Math.max(1, Math.round(element.heightMm * sy));
  const left = Math.round((element.placement.xMm - box.xMm) * sx - width / 2);
  const top = Math.round((element.placement.yMm - box.yMm) * sy - height / 2);
  const x0 = Math.max(0, left);
  const y0 = Math.max(0, top);
  const x1 = Math.min(size.widthPx, left + width);
  const y1 = Math.min(size.heightPx, top + height);
  if (x1 <= x0 || y1 <= y0) return Buffer.alloc(size.widthPx * size.heightPx * 4);
  return sharp(image.bytes, { limitInputPixels: false })
    .resize(width, height, { fit: 'fill' })
    .ensureAlpha()
    .extract({ left: x0 - left, top: y0 - top, width: x1 - x0, height: y1 - y0 })
    .extend({ left: x0, top: y0, right: size.widthPx - x1, bottom: size.heightPx - y1, background: TRANSPARENT })
    .raw()
    .toBuffer();
}

/**
 * The zone's elements composed on a transparent canvas of `size` (pixels over the bleed box).
 * `images` are the print images by upload id; an element without one is an error.
 */
export async function composeZone(zone: Zone, elements: ZoneElement[], images: Record<string, PrintImage>, size: Size): Promise<Sharp> {
  const imageOf = (element: ImageElement) => {
    const image = images[element.uploadId];
    if (!image) throw new Error(`${zone.name}: the print image ${element.uploadId} is missing`);
    return image;
  };
  const [first, ...rest] = runs(elements);
  const base = first && !Array.isArray(first) && first.placement.rotationDeg % 360 === 0 ? first : undefined;
  const [canvas, ...patches] = await Promise.all([
    base ? imageCanvas(zone, base, imageOf(base), size) : Buffer.alloc(size.widthPx * size.heightPx * 4),
    ...(base ? rest : runs(elements)).map((run) => (Array.isArray(run) ? pathsPatch(zone, run, size) : imagePatch(zone, run, imageOf(run), size))),
  ]);
  let empty = !base;
  for (const patch of patches) {
    if (!patch) continue;
    blendOver(canvas, size.widthPx, patch, empty);
    empty = false;
  }
  return sharp(canvas, { raw: { width: size.widthPx, height: size.heightPx, channels: 4 } });
}
