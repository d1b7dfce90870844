// Every file of one order line: per zone a PDF, an SVG and a PNG (plus the laser's vector file
// for engraving), and spec.json with the sha256 of each. All drawn by lib/render's zone
// renderer, with the original images, so print and preview cannot disagree.
import type { Layer } from '../design/schema';
import { fontMetricsMm } from '../render/text-layout';
import { bleedBox, renderZoneSvg, zoneElements, type RenderContext } from '../render/zone-svg';
import { methodLabel } from '../templates/methods';
import type { Zone } from '../templates/schema';
import { engraveSvg, HAIRLINE_MM } from './engrave-svg';
import { sha256Hex } from './hash';
import { lineSpec, zoneColour, type LineSpec, type SpecFileEntry, type ZoneSpec } from './line-spec';
import type { LineSource, SpecDeps, SpecFile } from './types';
import { imageFact, textFact, zoneKeepOuts, zoneLayers } from './zone-facts';
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
export function printPixelSize(zone: Zone): { widthPx: number; heightPx: number } {
  const box = bleedBox(zone);
  const px = (mm: number) => Math.max(1, Math.round((mm / 25.4) * zone.printDpi));
  return { widthPx: px(box.widthMm), heightPx: px(box.heightMm) };
}

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
    const cap = fontMetricsMm(font, layer.sizeMm).capHeightMm;
    if (cap < minimum - 1e-6) throw new SpecRefusal(`${zone.name}: letters are ${cap.toFixed(1)} mm tall; embroidery needs at least ${minimum} mm.`);
  }
}

async function entry(file: SpecFile, kind: SpecFileEntry['kind'], extra: Partial<SpecFileEntry> = {}): Promise<SpecFileEntry> {
  return { name: file.name, kind, sha256: await sha256Hex(file.bytes), bytes: file.bytes.byteLength, ...extra };
}

async function zoneFiles(source: LineSource, zone: Zone, layers: Layer[], deps: SpecDeps, ctx: RenderContext): Promise<{ files: SpecFile[]; spec: ZoneSpec }> {
  refuseSmallEmbroidery(zone, layers, deps);
  const stem = fileStem(source, zone.id);
  const elements = zoneElements(zone, layers, ctx);
  const title = `${source.orderNumber} line ${source.position}: ${zone.name}`;
  const pdf: SpecFile = { name: `${stem}.pdf`, contentType: 'application/pdf', bytes: await zonePrintPdf(zone, elements, deps.images, title, deps.srgbProfile) };
  const svg: SpecFile = { name: `${stem}.svg`, contentType: 'image/svg+xml', bytes: encoder.encode(renderZoneSvg(zone, layers, ctx)) };
  const px = printPixelSize(zone);
  const background = pngBackground(zone);
  const pngSize = { ...px, dpi: zone.printDpi, background };
  const png: SpecFile = { name: `${stem}.png`, contentType: 'image/png', bytes: await deps.drawZone(zone, elements, deps.images, pngSize) };
  const files = [pdf, svg, png];
  const entries = [await entry(pdf, 'pdf'), await entry(svg, 'svg'), await entry(png, 'png', { ...px, dpi: zone.printDpi })];
  if (zone.method === 'engrave') {
    const laser: SpecFile = { name: `${stem}.engrave.svg`, contentType: 'image/svg+xml', bytes: encoder.encode(engraveSvg(zone, elements)) };
    files.push(laser);
    entries.push(await entry(laser, 'engrave-svg'));
  }
  const texts = layers.flatMap((layer) => {
    const fact = layer.kind === 'text' ? textFact(layer, deps.fonts) : undefined;
    return fact ? [{ ...fact, colour: zoneColour(zone, fact.colourId) }] : [];
  });
  const images = layers.flatMap((layer) => {
    const image = layer.kind === 'image' ? deps.images[layer.uploadId] : undefined;
    return layer.kind === 'image' && image ? [imageFact(zone, layer, image)] : [];
  });
  const colours = [...new Set(texts.map((t) => t.colourId))].map((id) => zoneColour(zone, id));
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
    pngBackground: background ?? 'transparent',
    files: entries,
    texts,
    images,
    colours,
  };
  if (zone.method === 'embroider') {
    const smallest = Math.min(...texts.map((t) => t.capHeightMm));
    spec.embroidery = { minLetterHeightMm: zone.limits.minTextHeightMm ?? 0, smallestLetterHeightMm: Number.isFinite(smallest) ? smallest : 0, threads: colours };
  }
  if (zone.method === 'engrave') spec.engraving = { hairlineMm: HAIRLINE_MM, colourMeaning: 'black fill and hairline: engrave; red hairline: trim, position only, do not engrave' };
  return { files, spec };
}

export type LineFiles = { spec: LineSpec; files: SpecFile[] };

/**
 * The print files and spec.json of one order line. Zones the shopper left empty produce no
 * files. Throws SpecRefusal for a design production cannot make. Same input, same bytes.
 */
export async function buildLineFiles(source: LineSource, deps: SpecDeps): Promise<LineFiles> {
  const images = Object.fromEntries(Object.entries(deps.images).map(([id, image]) => [id, { widthPx: image.widthPx, heightPx: image.heightPx, href: image.href }]));
  const ctx: RenderContext = { fonts: deps.fonts, images };
  // Zones are drawn side by side: rasterising and compressing a big zone is native work on
  // libuv's threads, and a tee's two 3600 x 4200 px zones took twice as long one after the
  // other. Files and zones stay in template order, so the bytes do not depend on timing.
  const used = source.template.zones.flatMap((zone) => {
    const layers = zoneLayers(source.design, zone);
    return layers.length > 0 ? [{ zone, layers }] : [];
  });
  const built = await Promise.all(used.map(({ zone, layers }) => zoneFiles(source, zone, layers, deps, ctx)));
  const files: SpecFile[] = built.flatMap((b) => b.files);
  const zones: ZoneSpec[] = built.map((b) => b.spec);
  const spec = lineSpec(source, zones);
  files.push({ name: specFileName(source), contentType: 'application/json', bytes: encoder.encode(`${JSON.stringify(spec, null, 2)}\n`) });
  return { spec, files };
}
