import 'server-only';
import sharp, { type OverlayOptions, type Sharp } from 'sharp';
import { bleedBox, elementsSvg, type ZoneElement } from '../../render/zone-svg';
import type { PrintImage } from '../../spec/types';
import type { Zone } from '../../templates/schema';

// A zone's print PNG composed by libvips from the renderer's elements, instead of librsvg
// drawing the whole SVG: librsvg took 2.5 s to draw one 12-megapixel photo into a 15-megapixel
// t-shirt print, libvips 0.4 s. Images are scaled, turned and placed by libvips; each run of
// text outlines is still drawn by librsvg from the same SVG markup, over the whole zone, so
// its positions are exact. An image's edges land on whole pixels (within half a pixel, 0.04 mm
// at 300 dpi, of where the SVG puts them).

type Size = { widthPx: number; heightPx: number };
type ImageElement = Extract<ZoneElement, { kind: 'image' }>;

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };

/** An image scaled to its placed size, turned, and cut to the part inside the zone. */
async function imageOverlay(zone: Zone, element: ImageElement, image: PrintImage, size: Size): Promise<OverlayOptions | null> {
  const box = bleedBox(zone);
  const sx = size.widthPx / box.widthMm;
  const sy = size.heightPx / box.heightMm;
  const width = Math.max(1, Math.round(element.widthMm * sx));
  const height = Math.max(1, Math.round(element.heightMm * sy));
  // preserveAspectRatio="none": stretched to the placed box, as the SVG draws it.
  // From the original's pixels (upright sRGB, print-images.ts): scaled once, straight to size.
  let scaled = await sharp(image.bytes, { limitInputPixels: false })
    .ensureAlpha()
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { rotationDeg } = element.placement;
  if (rotationDeg % 360 !== 0) {
    // Clockwise about the centre, as SVG's rotate(); the result grows to hold the corners.
    scaled = await sharp(scaled.data, { raw: { width: scaled.info.width, height: scaled.info.height, channels: 4 } })
      .rotate(rotationDeg, { background: TRANSPARENT })
      .raw()
      .toBuffer({ resolveWithObject: true });
  }
  const { width: w, height: h } = scaled.info;
  const left = Math.round((element.placement.xMm - box.xMm) * sx - w / 2);
  const top = Math.round((element.placement.yMm - box.yMm) * sy - h / 2);
  const x0 = Math.max(0, left);
  const y0 = Math.max(0, top);
  const x1 = Math.min(size.widthPx, left + w);
  const y1 = Math.min(size.heightPx, top + h);
  if (x1 <= x0 || y1 <= y0) return null;
  const raw = { width: w, height: h, channels: 4 as const };
  if (x0 === left && y0 === top && x1 - x0 === w && y1 - y0 === h) return { input: scaled.data, raw, left, top };
  const cut = await sharp(scaled.data, { raw })
    .extract({ left: x0 - left, top: y0 - top, width: x1 - x0, height: y1 - y0 })
    .raw()
    .toBuffer();
  return { input: cut, raw: { width: x1 - x0, height: y1 - y0, channels: 4 }, left: x0, top: y0 };
}

/** Text outlines (a run of path elements) drawn by librsvg over the whole zone. */
async function pathsOverlay(zone: Zone, elements: ZoneElement[], size: Size): Promise<OverlayOptions> {
  const svg = elementsSvg(zone, elements, { pixelWidth: size.widthPx, pixelHeight: size.heightPx });
  let pipeline = sharp(Buffer.from(svg), { unlimited: true, limitInputPixels: false }).ensureAlpha();
  const meta = await pipeline.metadata();
  if (meta.width !== size.widthPx || meta.height !== size.heightPx) pipeline = pipeline.resize(size.widthPx, size.heightPx, { fit: 'fill' });
  const input = await pipeline.raw().toBuffer();
  return { input, raw: { width: size.widthPx, height: size.heightPx, channels: 4 }, left: 0, top: 0 };
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
 * The zone's elements composed on a transparent canvas of `size` (pixels over the bleed box).
 * `images` are the print images by upload id; an element without one is an error.
 */
export async function composeZone(zone: Zone, elements: ZoneElement[], images: Record<string, PrintImage>, size: Size): Promise<Sharp> {
  const overlays = await Promise.all(
    runs(elements).map((run) => {
      if (Array.isArray(run)) return pathsOverlay(zone, run, size);
      const image = images[run.uploadId];
      if (!image) throw new Error(`${zone.name}: the print image ${run.uploadId} is missing`);
      return imageOverlay(zone, run, image, size);
    }),
  );
  const composed = await sharp({ create: { width: size.widthPx, height: size.heightPx, channels: 4, background: TRANSPARENT } })
    .composite(overlays.filter((o): o is OverlayOptions => o !== null))
    .raw()
    .toBuffer();
  return sharp(composed, { raw: { width: size.widthPx, height: size.heightPx, channels: 4 } });
}
