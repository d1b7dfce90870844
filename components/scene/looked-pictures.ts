// Uploaded pictures with their image tools applied, for the 2D editor and the 3D preview: the
// upload's decoded preview copy through lib/render/image-pixels.ts, the very function the
// print files' images go through on the server, so the preview shows what will be made.
import { lookKey, type ImageLook } from '@/lib/render/image-look';
import { applyLook } from '@/lib/render/image-pixels';
import type { ZoneElement } from '@/lib/render/zone-svg';
import { decodedPicture, decodePicture } from './decoded-pictures';

type ImageElement = Extract<ZoneElement, { kind: 'image' }>;
type Looked = { canvas: HTMLCanvasElement; url?: string; encoding?: Promise<void> };

// A preview copy is up to 1024 px a side (4 MB a canvas): a few looks are enough to step back through.
const KEEP = 8;
/** Looked pictures by upload and look, least recently used first. */
const made = new Map<string, Looked>();
/** Per upload, the last looked URL encoded: shown while the next look is encoded. */
const latestUrl = new Map<string, string>();

function convert(picture: ImageBitmap, look: ImageLook): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height;
  const c = canvas.getContext('2d', { willReadFrequently: true })!;
  c.drawImage(picture, 0, 0);
  const source = c.getImageData(0, 0, picture.width, picture.height);
  const out = applyLook(source.data, picture.width, picture.height, look);
  canvas.width = out.width;
  canvas.height = out.height;
  c.putImageData(new ImageData(new Uint8ClampedArray(out.data), out.width, out.height), 0, 0);
  return canvas;
}

function remember(key: string, looked: Looked): void {
  made.delete(key);
  made.set(key, looked);
  for (const [old, entry] of made) {
    if (made.size <= KEEP) break;
    made.delete(old);
    if (entry.url && ![...latestUrl.values()].includes(entry.url)) URL.revokeObjectURL(entry.url);
  }
}

/**
 * The element's picture as drawn: its decoded upload, with its look applied when it has one;
 * undefined while the upload is decoded (`onReady` is called once it is).
 */
export function lookedPicture(element: ImageElement, onReady?: () => void): CanvasImageSource | undefined {
  const picture = decodedPicture(element.uploadId);
  if (!picture) {
    void decodePicture(element.uploadId, element.href).then(onReady, (error: unknown) =>
      console.warn('An image could not be decoded', error),
    );
    return undefined;
  }
  return element.look ? lookedEntry(picture, element.uploadId, element.look).canvas : picture;
}

function lookedEntry(picture: ImageBitmap, uploadId: string, look: ImageLook): Looked {
  const key = `${uploadId} ${lookKey(look)}`;
  const looked = made.get(key) ?? { canvas: convert(picture, look) };
  remember(key, looked);
  return looked;
}

/**
 * A blob: URL of the looked picture (for the editor's inline SVG): the upload's last one while
 * it is encoded, undefined before the first; `onReady` is called when it is there.
 */
export function lookedUrl(element: ImageElement, onReady: () => void): string | undefined {
  if (!element.look) return element.href;
  const picture = decodedPicture(element.uploadId);
  if (!picture) {
    void decodePicture(element.uploadId, element.href).then(onReady, (error: unknown) =>
      console.warn('An image could not be decoded', error),
    );
    return undefined;
  }
  const looked = lookedEntry(picture, element.uploadId, element.look);
  if (looked.url) return looked.url;
  looked.encoding ??= new Promise<void>((resolve) =>
    looked.canvas.toBlob((blob) => {
      if (blob) latestUrl.set(element.uploadId, (looked.url = URL.createObjectURL(blob)));
      resolve();
    }, 'image/png'),
  );
  void looked.encoding.then(onReady);
  return latestUrl.get(element.uploadId);
}
