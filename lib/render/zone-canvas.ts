// A zone's elements (zone-svg.ts's zoneElements: the one renderer's output) drawn on a 2D
// canvas, for the 3D preview's textures. The SVG and PDF writers draw the same elements with
// the same placement; this one draws them synchronously, with no SVG document to parse and
// no image to decode on each keystroke, so the texture changes in the same frame as the page.
import type { Zone } from '../templates/schema';
import { maskPathData } from './image-look';
import { bleedBox, type ZoneElement } from './zone-svg';

/** The part of CanvasRenderingContext2D this writer uses. */
export type Canvas2D = Pick<
  CanvasRenderingContext2D,
  'save' | 'restore' | 'setTransform' | 'translate' | 'rotate' | 'clearRect' | 'drawImage'
> & {
  /** Cuts to a masked image's shape (image-look.ts's maskPathData); needed only for masks. */
  clip?(path: Path2D): void;
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  fill(path: Path2D, fillRule?: CanvasFillRule): void;
  /** Outlines (shapes): optional so a canvas that never strokes need not offer it. */
  strokeStyle?: CanvasRenderingContext2D['strokeStyle'];
  lineWidth?: number;
  lineJoin?: CanvasLineJoin;
  lineCap?: CanvasLineCap;
  stroke?(path: Path2D): void;
};

export type CanvasSources = {
  /** A path object for SVG path data (the browser's Path2D). */
  path: (pathData: string) => Path2D;
  /**
   * An image element's decoded picture, its look (crop, turns, flips, filter) applied, or
   * undefined while it is still being made.
   */
  image: (element: Extract<ZoneElement, { kind: 'image' }>) => CanvasImageSource | undefined;
};

/**
 * Draws the elements (bottom first) on a canvas of `width` x `height` pixels covering the
 * zone's bleed box, after clearing it. Returns false if an image was not ready and was left out.
 */
export function paintZoneElements(
  c: Canvas2D,
  zone: Zone,
  elements: ZoneElement[],
  width: number,
  height: number,
  sources: CanvasSources,
): boolean {
  const box = bleedBox(zone);
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.clearRect(0, 0, width, height);
  // Zone millimetres to canvas pixels: the canvas is the bleed box, as the SVG's viewBox is.
  const sx = width / box.widthMm;
  const sy = height / box.heightMm;
  let complete = true;
  for (const element of elements) {
    const { xMm, yMm, rotationDeg } = element.placement;
    c.save();
    c.setTransform(sx, 0, 0, sy, -box.xMm * sx, -box.yMm * sy);
    // As the SVG's transform="translate(x y) rotate(deg)".
    c.translate(xMm, yMm);
    if (rotationDeg !== 0) c.rotate((rotationDeg * Math.PI) / 180);
    if (element.kind === 'path') {
      const path = sources.path(element.pathData);
      if (element.fill !== 'none') {
        c.fillStyle = element.fill;
        if (element.fillRule) c.fill(path, element.fillRule);
        else c.fill(path);
      }
      if (element.stroke && c.stroke) {
        c.strokeStyle = element.stroke.colour;
        c.lineWidth = element.stroke.widthMm;
        c.lineJoin = 'round';
        c.lineCap = element.stroke.cap ?? 'butt';
        c.stroke(path);
      }
    } else {
      const picture = sources.image(element);
      const { mask } = element;
      if (picture && mask) {
        if (!c.clip) throw new Error('This canvas cannot clip a masked image');
        c.clip(sources.path(maskPathData(mask, element.widthMm, element.heightMm)));
      }
      if (picture)
        c.drawImage(picture, -element.widthMm / 2, -element.heightMm / 2, element.widthMm, element.heightMm);
      else complete = false;
    }
    c.restore();
  }
  return complete;
}
