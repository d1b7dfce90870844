import 'server-only';
import sharp, { type Sharp } from 'sharp';
import { elementsBounds } from '../../render/element-bounds';
import { bleedBox, elementsSvg, type ZoneElement } from '../../render/zone-svg';
import type { PrintImage } from '../../spec/types';
import type { Zone } from '../../templates/schema';
import { blendOver, type Patch } from './blend-over';
import { svgPipeline } from './svg-raster';

// A zone's print PNG composed from the renderer's elements, instead of librsvg drawing the
// whole SVG: librsvg took 2.5 s to draw one 12-megapixel photo into a 15-megapixel t-shirt
// print. Images are scaled, turned and cut by libvips straight from the originals; each run
// of text outlines is drawn by librsvg from the same SVG markup over just the pixels it
// covers, so its anti-aliasing is the whole-zone raster's. The bottom element becomes the
// canvas and the others are laid over it in drawing order (composeZone says how). An image's
// edges land on whole pixels (within half a pixel, 0.04 mm at 300 dpi).

type Size = { widthPx: number; heightPx: number };
type ImageElement = Extract<ZoneElement, { kind: 'image' }>;

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };

/** Pixels per zone mm on each axis, and the pixel of the bleed box's corner. */
function scaleOf(zone: Zone, size: Size) {
  const box = bleedBox(zone);
  return { box, sx: size.widthPx / box.widthMm, sy: size.heightPx / box.heightMm };
}

/** Where an image element lands in pixels: its placed size, centred on its position. */
function placedBox(
  zone: Zone,
  element: ImageElement,
  size: Size,
  turned?: { width: number; height: number },
) {
  const { box, sx, sy } = scaleOf(zone, size);
  // preserveAspectRatio="none": stretched to the placed box, as the SVG draws it.
  const width = Math.max(1, Math.round(element.widthMm * sx));
  const height = Math.max(1, Math.round(element.heightMm * sy));
  // A turned image grows to hold its corners; it stays centred on the same point.
  const [w, h] = turned ? [turned.width, turned.height] : [width, height];
  const left = Math.round((element.placement.xMm - box.xMm) * sx - w / 2);
  const top = Math.round((element.placement.yMm - box.yMm) * sy - h / 2);
  return { width, height, left, top };
}

/** The part of a w x h box at left/top that is on the canvas, or null when none is. */
function onCanvas(left: number, top: number, w: number, h: number, size: Size) {
  const x0 = Math.max(0, left);
  const y0 = Math.max(0, top);
  const x1 = Math.min(size.widthPx, left + w);
  const y1 = Math.min(size.heightPx, top + h);
  return x1 > x0 && y1 > y0
    ? { x0, y0, x1, y1, whole: x0 === left && y0 === top && x1 - x0 === w && y1 - y0 === h }
    : null;
}

// An engraved bitmap (PrintImage's `bilevel`) is already at its placed size; it is resampled
// by nearest neighbour, if at all, so every pixel stays burnt or clear.
const kernelFor = (image: PrintImage) => (image.bilevel ? sharp.kernel.nearest : sharp.kernel.lanczos3);

/** Turned clockwise about the centre, as SVG's rotate(); the result grows to hold the corners. */
function turned(
  pixels: Buffer,
  width: number,
  height: number,
  rotationDeg: number,
  image: PrintImage,
): Sharp {
  const raw = sharp(pixels, { raw: { width, height, channels: 4 } });
  if (!image.bilevel) return raw.rotate(rotationDeg, { background: TRANSPARENT });
  // rotate() blends neighbours (grey edges on every dot); the same turn, nearest neighbour.
  const r = (rotationDeg * Math.PI) / 180;
  return raw.affine([Math.cos(r), -Math.sin(r), Math.sin(r), Math.cos(r)], {
    background: TRANSPARENT,
    interpolator: sharp.interpolators.nearest,
  });
}

/** An image scaled to its placed size, turned, and cut to the part inside the zone. */
async function imagePatch(
  zone: Zone,
  element: ImageElement,
  image: PrintImage,
  size: Size,
): Promise<Patch | null> {
  const { width, height } = placedBox(zone, element, size);
  // From the original's pixels (upright sRGB, print-images.ts): scaled once, straight to size.
  let pipeline = sharp(image.bytes, { limitInputPixels: false })
    .ensureAlpha()
    .resize(width, height, { fit: 'fill', kernel: kernelFor(image) });
  const { rotationDeg } = element.placement;
  if (rotationDeg % 360 !== 0)
    pipeline = turned(await pipeline.raw().toBuffer(), width, height, rotationDeg, image);
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  const { left, top } = placedBox(zone, element, size, info);
  const seen = onCanvas(left, top, info.width, info.height, size);
  if (!seen) return null;
  if (seen.whole) return { data, width: info.width, height: info.height, left, top };
  const cut = {
    left: seen.x0 - left,
    top: seen.y0 - top,
    width: seen.x1 - seen.x0,
    height: seen.y1 - seen.y0,
  };
  return {
    data: await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
      .extract(cut)
      .raw()
      .toBuffer(),
    width: cut.width,
    height: cut.height,
    left: seen.x0,
    top: seen.y0,
  };
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
  return {
    data: await (await svgPipeline(svg, width, height)).ensureAlpha().raw().toBuffer(),
    width,
    height,
    left: x0,
    top: y0,
  };
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
 * An unturned image as the whole canvas, in one libvips pipeline: scaled straight from the
 * original, cut to the zone and surrounded by transparency. Streamed into the PNG writer, rows
 * are compressed as they are decoded and scaled (0.45 s for a 12-megapixel photo on a t-shirt
 * front, against 0.65 s with the canvas drawn out first).
 */
function imageCanvas(zone: Zone, element: ImageElement, image: PrintImage, size: Size): Sharp {
  const { width, height, left, top } = placedBox(zone, element, size);
  const seen = onCanvas(left, top, width, height, size);
  if (!seen)
    return sharp({
      create: { width: size.widthPx, height: size.heightPx, channels: 4, background: TRANSPARENT },
    });
  const { x0, y0, x1, y1 } = seen;
  return sharp(image.bytes, { limitInputPixels: false })
    .resize(width, height, { fit: 'fill', kernel: kernelFor(image) })
    .ensureAlpha()
    .extract({ left: x0 - left, top: y0 - top, width: x1 - x0, height: y1 - y0 })
    .extend({
      left: x0,
      top: y0,
      right: size.widthPx - x1,
      bottom: size.heightPx - y1,
      background: TRANSPARENT,
    });
}

export type ComposeOptions = {
  /**
   * How many zones with images are being drawn at once (this one included). Alone, a zone's
   * photo is streamed into the PNG writer (decoding overlaps compressing: 0.45 s instead of
   * 0.65 s for a t-shirt front) and text is laid over it by libvips, which blends every pixel
   * of the canvas for it. With others, the cores are busy anyway and the canvas is drawn out
   * and the text blended in place, which costs 0.1 s less CPU per 15-megapixel zone.
   */
  photoZonesAtOnce?: number;
};

/**
 * The zone's elements composed on a transparent canvas of `size` (pixels over the bleed box),
 * as a pipeline for the PNG writer; the bottom element is the canvas itself. `images` are the
 * print images by upload id; an element without one is an error.
 */
export async function composeZone(
  zone: Zone,
  elements: ZoneElement[],
  images: Record<string, PrintImage>,
  size: Size,
  options: ComposeOptions = {},
): Promise<Sharp> {
  const imageOf = (element: ImageElement) => {
    const image = images[element.uploadId];
    if (!image) throw new Error(`${zone.name}: the print image ${element.uploadId} is missing`);
    return image;
  };
  const all = runs(elements);
  const [first, ...rest] = all;
  const photo = first && !Array.isArray(first) && first.placement.rotationDeg % 360 === 0 ? first : undefined;
  const patches = (
    await Promise.all(
      (photo ? rest : all).map((run) =>
        Array.isArray(run) ? pathsPatch(zone, run, size) : imagePatch(zone, run, imageOf(run), size),
      ),
    )
  ).filter((p): p is Patch => p !== null);
  if (photo && (options.photoZonesAtOnce ?? 1) <= 1)
    return overlay(imageCanvas(zone, photo, imageOf(photo), size), patches);
  // Drawn out: the photo canvas (or a transparent one), each patch blended in place in order.
  const canvas = photo
    ? await imageCanvas(zone, photo, imageOf(photo), size).raw().toBuffer()
    : Buffer.alloc(size.widthPx * size.heightPx * 4);
  patches.forEach((patch, i) => blendOver(canvas, size.widthPx, patch, !photo && i === 0));
  return sharp(canvas, { raw: { width: size.widthPx, height: size.heightPx, channels: 4 } });
}

/** The patches laid over the canvas in order ("over", as SVG paints), by libvips. */
function overlay(canvas: Sharp, patches: Patch[]): Sharp {
  if (patches.length === 0) return canvas;
  return canvas.composite(
    patches.map((p) => ({
      input: p.data,
      raw: { width: p.width, height: p.height, channels: 4 as const },
      left: p.left,
      top: p.top,
    })),
  );
}
