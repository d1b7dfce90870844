// A zone's artwork as a texture: the SVG (trim plus bleed, in mm) rasterised into one canvas
// that lives as long as the zone, re-uploaded in place whenever the artwork changes.
import { CanvasTexture, SRGBColorSpace } from 'three';
import type { Zone } from '@/lib/templates/schema';
import { softwareWebGl } from './software-webgl';

// The zone covers a few hundred screen pixels at most, even focused: 6 px/mm up to 1024 px keeps
// it sharp there while each keystroke re-rasterises and re-uploads four times fewer pixels than
// 8 px/mm up to 2048 (which software WebGL felt as 300-900 ms per keystroke).
const PX_PER_MM = 6;
const MAX_PX = 1024;
// Software WebGL draws the preview at 60 % size (scene-canvas.tsx), and uploads and mipmaps
// every texture on the CPU: there a zone needs and gets at most 512 px.
const SOFTWARE_MAX_PX = 512;

export type ZoneCanvas = { canvas: HTMLCanvasElement; texture: CanvasTexture };

/** A canvas sized for the zone (about 6 px/mm, at most 1024 px long, 512 in software WebGL) and its texture. */
export function createZoneCanvas(zone: Pick<Zone, 'rect' | 'bleedMm'>, anisotropy: number): ZoneCanvas {
  const w = zone.rect.widthMm + 2 * zone.bleedMm;
  const h = zone.rect.heightMm + 2 * zone.bleedMm;
  const scale = Math.min(PX_PER_MM, (softwareWebGl() ? SOFTWARE_MAX_PX : MAX_PX) / Math.max(w, h));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(w * scale));
  canvas.height = Math.max(1, Math.round(h * scale));
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = anisotropy;
  // The mesh covers the trim only: show the middle of the canvas, without the bleed.
  texture.repeat.set(zone.rect.widthMm / w, zone.rect.heightMm / h);
  texture.offset.set(zone.bleedMm / w, zone.bleedMm / h);
  return { canvas, texture };
}

/** Gives the SVG root a pixel size, so the browser rasterises it sharp at that size. */
export function sizedSvg(svg: string, width: number, height: number): string {
  return svg.replace(/<svg\b([^>]*)>/, (_, attrs: string) => {
    const rest = attrs.replace(/\s(width|height|preserveAspectRatio)="[^"]*"/g, '');
    return `<svg${rest} width="${width}" height="${height}" preserveAspectRatio="none">`;
  });
}

/** Decodes SVG markup into an image at the canvas size (images inside must be data: URLs). */
export async function decodeSvg(svg: string, width: number, height: number): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([sizedSvg(svg, width, height)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Replaces the canvas content with an image (or clears it) and re-uploads the texture. */
export function paint(z: ZoneCanvas, image: HTMLImageElement | null): void {
  const ctx = z.canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, z.canvas.width, z.canvas.height);
  if (image) ctx.drawImage(image, 0, 0, z.canvas.width, z.canvas.height);
  z.texture.needsUpdate = true;
}
