// The engraved look of uploaded images, for the 2D editor and the 3D preview: each image of an
// engraving zone converted by lib/render/engrave-image.ts exactly as the production files are
// (its placed box at the zone's print dpi, Rec. 709 luma, Floyd-Steinberg), burnt pixels in the
// zone's burn colour and the rest clear, so the material shows through. Drawn smaller on screen,
// the dots blend into the tone the patch will have.
import { burnColour, engraveBits, engravedRgba, previewEngravedSize } from '@/lib/render/engrave-image';
import { lookKey } from '@/lib/render/image-look';
import { maskPixels } from '@/lib/render/image-pixels';
import type { ZoneElement } from '@/lib/render/zone-svg';
import type { Zone } from '@/lib/templates/schema';
import { lookedPicture } from './looked-pictures';

type ImageElement = Extract<ZoneElement, { kind: 'image' }>;

// While the shopper drags or resizes an image, the last picture is shown stretched and the
// exact one is made once the size stops changing.
const SETTLE_MS = 150;
const KEEP = 12;

export { decodedPicture, decodePicture } from './decoded-pictures';

type Engraved = { canvas: HTMLCanvasElement; url?: string; encoding?: boolean };

/** Engraved pictures by upload, colour and size, least recently used first. */
const made = new Map<string, Engraved>();
/** Per upload and colour: the last picture made and the last URL encoded, shown while a new size settles. */
const latest = new Map<string, Engraved>();
const latestUrl = new Map<string, string>();
const settling = new Map<string, number>();
const waiting = new Map<string, Set<() => void>>();

function convert(
  picture: CanvasImageSource,
  element: ImageElement,
  width: number,
  height: number,
  colour: string,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const c = canvas.getContext('2d', { willReadFrequently: true })!;
  c.imageSmoothingQuality = 'high';
  c.drawImage(picture, 0, 0, width, height);
  const pixels = { data: c.getImageData(0, 0, width, height).data, width, height };
  // Cut to the mask before dithering, as the files' bitmaps are (zoneArt): the same edge dots.
  if (element.mask) maskPixels(pixels, element.mask, element.widthMm, element.heightMm);
  const bits = engraveBits(pixels.data, width, height);
  c.putImageData(new ImageData(engravedRgba(bits, colour), width, height), 0, 0);
  return canvas;
}

function remember(key: string, base: string, engraved: Engraved): void {
  made.delete(key);
  made.set(key, engraved);
  latest.set(base, engraved);
  const shown = new Set<unknown>([...latest.values(), ...latestUrl.values()]);
  for (const [old, entry] of made) {
    if (made.size <= KEEP) break;
    if (shown.has(entry) || shown.has(entry.url)) continue;
    made.delete(old);
    if (entry.url) URL.revokeObjectURL(entry.url);
  }
}

function wait(key: string, onReady?: () => void): void {
  if (!onReady) return;
  let callbacks = waiting.get(key);
  if (!callbacks) waiting.set(key, (callbacks = new Set()));
  callbacks.add(onReady);
}

function notify(key: string): void {
  const callbacks = waiting.get(key);
  waiting.delete(key);
  callbacks?.forEach((callback) => callback());
}

function keysOf(zone: Zone, element: ImageElement) {
  const colour = burnColour(zone);
  const { widthPx: width, heightPx: height } = previewEngravedSize(zone, element);
  const looks =
    (element.look ? ` ${lookKey(element.look)}` : '') +
    // The mask's shape; its size follows the picture's, which the key's pixel size names.
    (element.mask ? ` mask:${JSON.stringify(element.mask)}` : '');
  const base = `${element.uploadId}${looks} ${colour}`;
  return { colour, width, height, base, key: `${base} ${width}x${height}` };
}

/**
 * The engraved picture of an image element of an engraving zone, or undefined while its upload
 * is decoded. While a new size settles (a drag), the upload's last picture comes back instead;
 * `onReady` is called once the exact picture (or the decoded upload) is there.
 */
export function engravedPicture(
  zone: Zone,
  element: ImageElement,
  onReady?: () => void,
): Engraved | undefined {
  const { colour, width, height, base, key } = keysOf(zone, element);
  const ready = made.get(key);
  if (ready) return ready;
  // The upload with its image tools applied (crop, turns, flips, filter), then engraved.
  const picture = lookedPicture(element, onReady);
  if (!picture) return undefined;
  const stale = latest.get(base);
  if (!stale) {
    const engraved = { canvas: convert(picture, element, width, height, colour) };
    remember(key, base, engraved);
    return engraved;
  }
  wait(key, onReady);
  window.clearTimeout(settling.get(base));
  settling.set(
    base,
    window.setTimeout(() => {
      settling.delete(base);
      remember(key, base, { canvas: convert(picture, element, width, height, colour) });
      notify(key);
    }, SETTLE_MS),
  );
  return stale;
}

/**
 * A URL of the engraved picture (a blob: URL, for the editor's inline SVG): the exact one once
 * encoded, the upload's last one meanwhile, undefined before the first. `onReady` is called
 * when a newer one is there.
 */
export function engravedUrl(zone: Zone, element: ImageElement, onReady: () => void): string | undefined {
  const { base, key } = keysOf(zone, element);
  const engraved = engravedPicture(zone, element, onReady);
  if (!engraved) return undefined;
  if (engraved.url) return engraved.url;
  wait(`${key} url`, onReady);
  if (!engraved.encoding) {
    engraved.encoding = true;
    engraved.canvas.toBlob((blob) => {
      if (blob) latestUrl.set(base, (engraved.url = URL.createObjectURL(blob)));
      notify(`${key} url`);
    }, 'image/png');
  }
  return latestUrl.get(base);
}
