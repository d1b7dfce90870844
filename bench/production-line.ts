// One product's production ZIP, timed, in a process of its own so its peak memory is its own.
// Run by bench/production.ts as:
//   tsx --conditions=react-server bench/production-line.ts <slug> <jpeg|png> <one|every>
// `one`: the photo in the first zone that takes images, text in every zone that takes text (a
// line "with a full-resolution image"); `every`: the photo in every zone that takes images.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { newDesign, newImageLayer, newTextLayer } from '../lib/design/defaults';
import type { Layer } from '../lib/design/schema';
import { quote } from '../lib/pricing/quote';
import { preparePrintImage } from '../lib/server/production/print-images';
import { designFontIds, serverSpecDeps } from '../lib/server/production/spec-deps';
import { buildLineBundle, zipFileParts } from '../lib/spec/bundle';
import { sha256Hex } from '../lib/spec/hash';
import { catalogueWithStarters } from '../lib/templates/catalogue';

const [slug, format = 'jpeg', photos = 'one'] = process.argv.slice(2);
const template = catalogueWithStarters().find((t) => t.slug === slug);
if (!template) throw new Error(`No seed product ${slug}`);

// A 12-megapixel phone photo (4032 x 3024) with noise, so it compresses like a real one.
const photo = sharp({ create: { width: 4032, height: 3024, channels: format === 'png' ? 4 : 3, background: { r: 90, g: 140, b: 200, alpha: 1 }, noise: { type: 'gaussian', mean: 128, sigma: 40 } } });
const original = new Uint8Array(await (format === 'png' ? photo.png() : photo.jpeg({ quality: 92 })).toBuffer());
const uploadId = await sha256Hex(original);

const rssBefore = process.resourceUsage().maxRSS;
const started = performance.now();
const image = await preparePrintImage(original, uploadId);
const design = newDesign(template);
const photoZone = template.zones.find((z) => z.content.image);
for (const zone of template.zones) {
  const layers: Layer[] = [];
  if (zone.content.image && (photos === 'every' || zone === photoZone)) layers.push(newImageLayer(zone, 'photo', uploadId, image.widthPx, image.heightPx));
  if (zone.content.text) layers.push({ ...newTextLayer(zone, 'name', 'Onekind'), yMm: zone.rect.heightMm * 0.8 });
  design.zones[zone.id] = { layers };
}
const source = {
  orderNumber: 'OK-BNCH-0001',
  orderedAt: '2026-01-01T00:00:00.000Z',
  lineId: 'bench',
  position: 1,
  quantity: 1,
  template,
  templateVersion: { id: 'bench', version: 1 },
  design,
  quote: quote(template, design, 1),
};
const deps = await serverSpecDeps({ [uploadId]: image }, designFontIds(design));
const bundle = await buildLineBundle(source, deps);
// The pieces the server streams (no copy into one buffer).
const zip = zipFileParts(source.orderNumber, bundle.files, crc32);
const coldMs = performance.now() - started;

// Warm: fonts parsed and code compiled, as on a running server.
const again = performance.now();
zipFileParts(source.orderNumber, (await buildLineBundle(source, { ...deps, images: { [uploadId]: await preparePrintImage(original, uploadId) } })).files, crc32);
const warmMs = performance.now() - again;

console.log(
  JSON.stringify({
    slug,
    format,
    photos: Object.values(design.zones).filter((z) => z.layers.some((l) => l.kind === 'image')).length,
    imageBytes: original.byteLength,
    files: bundle.files.length,
    zipBytes: zip.reduce((sum, part) => sum + part.byteLength, 0),
    coldMs: Math.round(coldMs),
    warmMs: Math.round(warmMs),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    rssBeforeMb: Math.round(rssBefore / 1024),
  }),
);
