// Every file of one order line: per zone a PDF, an SVG and a PNG (plus the laser's vector file
// for engraving), and spec.json with the sha256 of each. All drawn by lib/render's zone
// renderer, with the original images, so print and preview cannot disagree.
import type { Layer } from '../design/schema';
import { layerKind } from '../layers/registry';
import { shapeFact } from '../layers/shape/fact';
import { layoutTextLayer } from '../layers/text/layout';
import { fontMetricsMm } from '../render/text-layout';
import { ENGRAVED_IMAGE_MAPPING } from '../render/engrave-image';
import { printPixelSize, zoneElements, type RenderContext } from '../render/zone-svg';
import { methodLabel } from '../templates/methods';
import type { Zone } from '../templates/schema';
import { engraveSvg, HAIRLINE_MM } from './engrave-svg';
import { sha256Hex } from './hash';
import { zoneSpecFacts } from '../kinds/traits';
import { lineSpec, zoneColour, type LineSpec, type SpecFileEntry, type ZoneSpec } from './line-spec';
import type { LineSource, SpecDeps, SpecFile } from './types';
import { imageFact, textFact, zoneKeepOuts, zoneLayers } from './zone-facts';
import { zoneSvgFile } from './svg-file';
import { zoneArt } from './zone-art';
import { zonePrintPdf } from './zone-pdf';

/** A design production cannot make as it stands (e.g. embroidery letters below the minimum). */
export class SpecRefusal extends Error {}

const encoder = new TextEncoder();

/** `<order>_<line>_<zone>`: the stem of every file of a zone. */
export function fileStem(source: Pick<LineSource, 'orderNumber' | 'position'>, zoneId: string): string {
  return `${source.orderNumber}_${source.position}_${zoneId}`;
}

/** The name of a line's spec file. */
export function specFileName(source: Pick<LineSource, 'orderNumber' | 'position'>): string {
  return `${source.orderNumber}_${source.position}_spec.json`;
}

/** PNG pixel size: each side of the bleed box at the zone's print DPI, rounded on its own. */
export { printPixelSize };

// Direct-to-garment and UV printers lay ink (and white underbase) wherever a pixel is opaque,
// so print and embroidery artwork keep transparency; a laser reads a raster as burn on white.
const pngBackground = (zone: Zone): string | undefined => (zone.method === 'engrave' ? '#ffffff' : undefined);

function refuseSmallEmbroidery(zone: Zone, layers: Layer[], deps: SpecDeps): void {
  const minimum = zone.limits.minTextHeightMm;
  if (zone.method !== 'embroider' || !minimum) return;
  for (const layer of layers) {
    if (layer.kind !== 'text' || layer.text.trim() === '') continue;
    const font = deps.fonts.font(layer.fontId);
    if (!font) throw new SpecRefusal(`${zone.name}: font ${layer.fontId} is not available.`);
    const cap = fontMetricsMm(font, layoutTextLayer(layer, font).sizeMm).capHeightMm;
    if (cap < minimum - 1e-6)
      throw new SpecRefusal(
        `${zone.name}: letters are ${cap.toFixed(1)} mm tall; embroidery needs at least ${minimum} mm.`,
      );
  }
}

async function entry(
  deps: SpecDeps,
  file: SpecFile,
  kind: SpecFileEntry['kind'],
  extra: Partial<SpecFileEntry> = {},
): Promise<SpecFileEntry> {
  return {
    name: file.name,
    kind,
    sha256: await (deps.sha256 ?? sha256Hex)(file.bytes),
    bytes: file.bytes.byteLength,
    ...extra,
  };
}

/** What spec.json says of a zone, except its files (which need the files built). */
function zoneFacts(source: LineSource, zone: Zone, layers: Layer[], deps: SpecDeps): ZoneSpec {
  refuseSmallEmbroidery(zone, layers, deps);
  const texts = layers.flatMap((layer) => {
    const fact = layer.kind === 'text' ? textFact(layer, deps.fonts) : undefined;
    return fact ? [{ ...fact, colour: zoneColour(zone, fact.colourId) }] : [];
  });
  const images = layers.flatMap((layer) => {
    const image = layer.kind === 'image' ? deps.images[layer.uploadId] : undefined;
    return layer.kind === 'image' && image ? [imageFact(zone, layer, image)] : [];
  });
  const shapes = layers.flatMap((layer) => (layer.kind === 'shape' ? [shapeFact(layer)] : []));
  // Every ink or thread the zone is made in, from every layer kind (letters, outlines, shapes).
  const colourIds = layers.flatMap((layer) => layerKind(layer).colourIds(layer));
  const colours = [...new Set(colourIds)].map((id) => zoneColour(zone, id));
  const spec: ZoneSpec = {
    id: zone.id,
    name: zone.name,
    surface: zone.surface,
    method: zone.method,
    methodLabel: methodLabel(zone.method),
    trim: { widthMm: zone.rect.widthMm, heightMm: zone.rect.heightMm },
    placement: { anchor: zone.anchor, xMm: zone.rect.xMm, yMm: zone.rect.yMm },
    bleedMm: zone.bleedMm,
    safeInsetMm: zone.safeMm,
    keepOuts: zoneKeepOuts(source.template, zone, source.design.variantId),
    printDpi: zone.printDpi,
    minImageDpi: zone.minImageDpi,
    pngBackground: pngBackground(zone) ?? 'transparent',
    files: [],
    texts,
    images,
    ...(shapes.length > 0 ? { shapes } : {}),
    colours,
  };
  if (zone.method === 'embroider') {
    const smallest = Math.min(...texts.map((t) => t.capHeightMm));
    spec.embroidery = {
      minLetterHeightMm: zone.limits.minTextHeightMm ?? 0,
      smallestLetterHeightMm: Number.isFinite(smallest) ? smallest : 0,
      threads: colours,
    };
  }
  if (zone.method === 'engrave')
    spec.engraving = {
      hairlineMm: HAIRLINE_MM,
      colourMeaning:
        'black fill and hairline, and black image pixels: engrave; transparent or white: leave; red hairline: trim, position only, do not engrave',
      imageMapping: ENGRAVED_IMAGE_MAPPING,
    };
  // What the kind adds (a zone on a 3D model: where it lies on the mesh), last as it always was.
  const { onModel } = zoneSpecFacts(source.template, zone);
  if (onModel) spec.onModel = onModel;
  return spec;
}

/** The zones the shopper put something in, with their layers, in template order. */
function usedZones(source: LineSource): Array<{ zone: Zone; layers: Layer[] }> {
  return source.template.zones.flatMap((zone) => {
    const layers = zoneLayers(source.design, zone);
    return layers.length > 0 ? [{ zone, layers }] : [];
  });
}

/**
 * spec.json of a line without its files' entries (every zone's `files` is empty): all a
 * production sheet's cover and 1:1 pages need, known before any file is drawn. Throws
 * SpecRefusal for a design production cannot make.
 */
export function lineFacts(source: LineSource, deps: SpecDeps): LineSpec {
  return lineSpec(
    source,
    usedZones(source).map(({ zone, layers }) => zoneFacts(source, zone, layers, deps)),
  );
}

async function zoneFiles(
  source: LineSource,
  zone: Zone,
  layers: Layer[],
  deps: SpecDeps,
  ctx: RenderContext,
  photoZonesAtOnce: number,
): Promise<{ files: SpecFile[]; entries: SpecFileEntry[] }> {
  const stem = fileStem(source, zone.id);
  // Engraving zones draw their images as burn bitmaps, in every file alike.
  const { elements, images } = await zoneArt(zone, zoneElements(zone, layers, ctx), deps);
  // The PNG first: rasterising and compressing it is the longest part, and it runs on
  // libuv's threads while this thread writes the PDF and SVG.
  const px = printPixelSize(zone);
  const pngBytes = deps.drawZone(zone, elements, images, {
    ...px,
    dpi: zone.printDpi,
    background: pngBackground(zone),
    photoZonesAtOnce,
  });
  const title = `${source.orderNumber} line ${source.position}: ${zone.name}`;
  const pdf: SpecFile = {
    name: `${stem}.pdf`,
    contentType: 'application/pdf',
    bytes: await zonePrintPdf(zone, elements, images, title, deps.srgbProfile),
  };
  const svg: SpecFile = {
    name: `${stem}.svg`,
    contentType: 'image/svg+xml',
    bytes: zoneSvgFile(zone, elements, images),
  };
  const files = [pdf, svg];
  const entries = [entry(deps, pdf, 'pdf'), entry(deps, svg, 'svg')];
  const laser: SpecFile | undefined =
    zone.method === 'engrave'
      ? {
          name: `${stem}.engrave.svg`,
          contentType: 'image/svg+xml',
          bytes: encoder.encode(engraveSvg(zone, elements)),
        }
      : undefined;
  const png: SpecFile = { name: `${stem}.png`, contentType: 'image/png', bytes: await pngBytes };
  files.push(png);
  entries.push(entry(deps, png, 'png', { ...px, dpi: zone.printDpi }));
  if (laser) {
    files.push(laser);
    entries.push(entry(deps, laser, 'engrave-svg'));
  }
  return { files, entries: await Promise.all(entries) };
}

export type LineFiles = { spec: LineSpec; files: SpecFile[] };

/**
 * The print files and spec.json of one order line. Zones the shopper left empty produce no
 * files. Throws SpecRefusal for a design production cannot make. Same input, same bytes.
 */
export async function buildLineFiles(
  source: LineSource,
  deps: SpecDeps,
  facts: LineSpec = lineFacts(source, deps),
): Promise<LineFiles> {
  const images = Object.fromEntries(
    Object.entries(deps.images).map(([id, image]) => [
      id,
      { widthPx: image.widthPx, heightPx: image.heightPx, href: image.href },
    ]),
  );
  const ctx: RenderContext = { fonts: deps.fonts, images, clipart: deps.clipart ?? {} };
  // Zones are drawn side by side: rasterising and compressing a big zone is native work on
  // libuv's threads, and a tee's two 3600 x 4200 px zones took twice as long one after the
  // other. Files and zones stay in template order, so the bytes do not depend on timing.
  const used = usedZones(source);
  const photoZones = used.filter(({ layers }) => layers.some((l) => l.kind === 'image')).length;
  const built = await Promise.all(
    used.map(({ zone, layers }) => zoneFiles(source, zone, layers, deps, ctx, photoZones)),
  );
  const files: SpecFile[] = built.flatMap((b) => b.files);
  const spec: LineSpec = {
    ...facts,
    zones: facts.zones.map((zone, i) => ({ ...zone, files: built[i]!.entries })),
  };
  files.push({
    name: specFileName(source),
    contentType: 'application/json',
    bytes: encoder.encode(`${JSON.stringify(spec, null, 2)}\n`),
  });
  return { spec, files };
}
