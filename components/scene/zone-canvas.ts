// A zone's artwork as a texture: its elements (trim plus bleed, in mm) painted into one canvas
// that lives as long as the zone, re-uploaded in place whenever the artwork changes.
import { CanvasTexture, LinearFilter, LinearMipmapLinearFilter, SRGBColorSpace } from 'three';
import { engravesImages } from '@/lib/render/engrave-image';
import { paintZoneElements } from '@/lib/render/zone-canvas';
import type { ZoneElement } from '@/lib/render/zone-svg';
import type { Zone } from '@/lib/templates/schema';
import { decodedPicture, decodePicture, engravedPicture } from './engraved-pictures';
import { lookedPicture } from './looked-pictures';
import { softwareWebGl } from './software-webgl';

// The zone covers a few hundred screen pixels at most, even focused: 6 px/mm up to 1024 px keeps
// it sharp there while each keystroke re-rasterises and re-uploads four times fewer pixels than
// 8 px/mm up to 2048 (which software WebGL felt as 300-900 ms per keystroke).
const PX_PER_MM = 6;
const MAX_PX = 1024;
// Software WebGL draws the preview at 60 % size (scene-canvas.tsx), and uploads and mipmaps
// every texture on the CPU: there a zone needs and gets at most 512 px.
const SOFTWARE_MAX_PX = 512;

// Software WebGL also builds each upload's mipmaps on the CPU: 10-12 ms of a keystroke's frame
// for a 512 px zone. While the shopper edits, uploads skip them (the texture is sampled from
// its full-size level alone, a little grainier when small); they are built once edits pause.
const MIPMAPS_AFTER_MS = 300;

export type ZoneCanvas = {
  canvas: HTMLCanvasElement;
  texture: CanvasTexture;
  /** True once three has uploaded the texture: its storage then holds every mip level. */
  uploaded: boolean;
  mipmapTimer?: number;
};

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
  const z: ZoneCanvas = { canvas, texture, uploaded: false };
  texture.onUpdate = () => void (z.uploaded = true);
  return z;
}

/** Frees the texture and forgets a pending mipmap build. */
export function disposeZoneCanvas(z: ZoneCanvas): void {
  window.clearTimeout(z.mipmapTimer);
  z.texture.dispose();
}

/** In software WebGL, uploads skip mipmaps until edits pause; `redraw` then shows them built. */
function deferMipmaps(z: ZoneCanvas, redraw: () => void): void {
  if (!softwareWebGl() || !z.uploaded) return;
  const { texture } = z;
  texture.generateMipmaps = false;
  texture.minFilter = LinearFilter;
  window.clearTimeout(z.mipmapTimer);
  z.mipmapTimer = window.setTimeout(() => {
    texture.generateMipmaps = true;
    texture.minFilter = LinearMipmapLinearFilter;
    texture.needsUpdate = true;
    redraw();
  }, MIPMAPS_AFTER_MS);
}

/**
 * Paints a zone's elements into its canvas and re-uploads the texture. Images not decoded yet
 * are left out and decoded; `whenComplete` is then called, to paint again. `redraw` asks for a
 * frame when the texture changes later on its own (its mipmaps built). An engraving zone shows
 * its images as they will be burnt (engraved-pictures.ts), other zones with their image tools
 * applied (looked-pictures.ts); `whenComplete` is also called when a picture made for a new
 * size replaces the stretched one shown meanwhile.
 */
export function paintArt(
  z: ZoneCanvas,
  zone: Zone,
  elements: ZoneElement[],
  whenComplete: () => void,
  redraw: () => void,
): void {
  const c = z.canvas.getContext('2d');
  if (!c) return;
  c.imageSmoothingQuality = 'high';
  const engraved = engravesImages(zone);
  const complete = paintZoneElements(c, zone, elements, z.canvas.width, z.canvas.height, {
    path: (pathData) => new Path2D(pathData),
    image: (element) =>
      engraved ? engravedPicture(zone, element, whenComplete)?.canvas : lookedPicture(element),
  });
  deferMipmaps(z, redraw);
  z.texture.needsUpdate = true;
  if (complete || engraved) return;
  const missing = elements.flatMap((e) => (e.kind === 'image' && !decodedPicture(e.uploadId) ? [e] : []));
  void Promise.all(missing.map((e) => decodePicture(e.uploadId, e.href))).then(
    whenComplete,
    (error: unknown) => console.warn(`Zone ${zone.id}: an image could not be decoded`, error),
  );
}
