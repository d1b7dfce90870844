// The zone SVG file's bytes without building the SVG as one string: a photo's data: URL is
// megabytes of base64, and writing it into the markup and encoding that as UTF-8 again for
// every zone that shows it cost about 45 ms a zone. The markup is written with a short
// placeholder per image and the URL's bytes, encoded once per image, are spliced in.
import { elementsSvg, type ZoneElement } from '../render/zone-svg';
import type { Zone } from '../templates/schema';
import type { PrintImage } from './types';

const encoder = new TextEncoder();
const hrefBytes = new WeakMap<PrintImage, Uint8Array>();
// Upload ids are sha256 hex, so the placeholder needs no escaping and cannot occur by chance
// in path data or colours.
const PLACEHOLDER = /onekind-image-href:([0-9a-f]{64})/g;

function encodedHref(image: PrintImage): Uint8Array {
  let bytes = hrefBytes.get(image);
  if (!bytes) hrefBytes.set(image, (bytes = encoder.encode(image.href)));
  return bytes;
}

/** UTF-8 bytes of elementsSvg(zone, elements), images inlined from `images` by upload id. */
export function zoneSvgFile(zone: Zone, elements: ZoneElement[], images: Record<string, PrintImage>): Uint8Array {
  const marked = elementsSvg(
    zone,
    elements.map((e) => (e.kind === 'image' && images[e.uploadId] ? { ...e, href: `onekind-image-href:${e.uploadId}` } : e)),
  );
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const match of marked.matchAll(PLACEHOLDER)) {
    parts.push(encoder.encode(marked.slice(at, match.index)), encodedHref(images[match[1]!]!));
    at = match.index + match[0].length;
  }
  parts.push(encoder.encode(marked.slice(at)));
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
