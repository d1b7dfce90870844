// The one zone renderer: a zone's layers as an SVG in millimetres. The 2D editor, the 3D
// preview's textures and the print files all come from here, so preview and print agree.
// Text is drawn as outlines (never <text>) so no font is needed wherever the SVG is opened.
import type { ImageInfo, Layer } from '../design/schema';
import type { Zone } from '../templates/schema';
import type { FontLibrary } from './fonts';
import { layerSize } from './layer-geometry';
import { layoutText } from './text-layout';

/**
 * What a render needs besides the design. Image hrefs should be data: URLs: an SVG drawn
 * through <img> or Image() (to rasterise a texture) may not load anything external.
 */
export type RenderContext = { fonts: FontLibrary; images: Record<string, ImageInfo> };

export type ZoneSvgOptions = {
  /** Trim, bleed and safe-area lines for the 2D editor. Never for print. */
  guides?: boolean;
  /** Fills the bleed box (e.g. the product colour in a preview); transparent by default. */
  background?: string;
  /** Size the SVG in pixels for rasterising (height from zonePixelSize) instead of in mm. */
  pixelWidth?: number;
  /** With pixelWidth: the exact pixel height (print PNGs round each side from mm on its own). */
  pixelHeight?: number;
  /**
   * With pixelWidth and pixelHeight: draw only this part of the zone (zone mm) into those
   * pixels, e.g. the few pixels a text covers in a print raster. Clipping is unchanged.
   */
  crop?: { xMm: number; yMm: number; widthMm: number; heightMm: number };
};

/** The area an SVG covers: the trim plus bleed on every side, in zone mm. */
export function bleedBox(zone: Zone): { xMm: number; yMm: number; widthMm: number; heightMm: number } {
  const b = zone.bleedMm;
  return { xMm: -b, yMm: -b, widthMm: zone.rect.widthMm + 2 * b, heightMm: zone.rect.heightMm + 2 * b };
}

/** A zone's print raster size: each side of the bleed box at the zone's print dpi, rounded on its own. */
export function printPixelSize(zone: Zone): { widthPx: number; heightPx: number } {
  const box = bleedBox(zone);
  const px = (mm: number) => Math.max(1, Math.round((mm / 25.4) * zone.printDpi));
  return { widthPx: px(box.widthMm), heightPx: px(box.heightMm) };
}

/** The pixel size renderZoneSvg gives the SVG for options.pixelWidth (make the canvas this size). */
export function zonePixelSize(zone: Zone, pixelWidth: number): { width: number; height: number } {
  const box = bleedBox(zone);
  return { width: pixelWidth, height: Math.max(1, Math.round((pixelWidth * box.heightMm) / box.widthMm)) };
}

/** A number with at most 3 decimals and no trailing zeros: short markup, stable output. */
const n = (v: number): string => String(Math.round(v * 1000) / 1000);

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
// Most values need no escape, and an image's href is megabytes of base64: looking for the five
// characters is much cheaper than a replace() over it.
const attr = (value: string): string =>
  ['&', '<', '>', '"', "'"].some((c) => value.includes(c))
    ? value.replace(/[&<>"']/g, (c) => escapes[c] ?? c)
    : value;

/** Where an element sits: translate to the layer's centre, then rotate about it (SVG order). */
export type ElementPlacement = { xMm: number; yMm: number; rotationDeg: number };

/**
 * One drawn thing of a zone, in layer-local mm centred on (0, 0), y down. The SVG writer and
 * the PDF writer (lib/spec) both draw these, so the two files cannot place anything differently.
 */
export type ZoneElement =
  | { kind: 'path'; layerId: string; pathData: string; fill: string; placement: ElementPlacement }
  | {
      kind: 'image';
      layerId: string;
      uploadId: string;
      href: string;
      widthMm: number;
      heightMm: number;
      placement: ElementPlacement;
    };

function placementOf(layer: Layer): ElementPlacement {
  return { xMm: layer.xMm, yMm: layer.yMm, rotationDeg: layer.rotationDeg };
}

function layerElement(zone: Zone, layer: Layer, ctx: RenderContext): ZoneElement | undefined {
  if (layer.kind === 'text') {
    const font = ctx.fonts.font(layer.fontId);
    const colour = zone.colours.find((c) => c.id === layer.colourId)?.hex;
    if (!font || !colour) return undefined;
    const { pathData } = layoutText(layer, font);
    if (pathData === '') return undefined;
    return { kind: 'path', layerId: layer.id, pathData, fill: colour, placement: placementOf(layer) };
  }
  const image = ctx.images[layer.uploadId];
  const size = layerSize(layer, ctx);
  if (!image || !size) return undefined;
  return {
    kind: 'image',
    layerId: layer.id,
    uploadId: layer.uploadId,
    href: image.href,
    ...size,
    placement: placementOf(layer),
  };
}

/** The zone's layers (bottom first) as drawable elements; unknown fonts, colours and images are left out. */
export function zoneElements(zone: Zone, layers: Layer[], ctx: RenderContext): ZoneElement[] {
  return layers.flatMap((layer) => layerElement(zone, layer, ctx) ?? []);
}

function placementAttr(p: ElementPlacement): string {
  const rotate = p.rotationDeg === 0 ? '' : ` rotate(${n(p.rotationDeg)})`;
  return `translate(${n(p.xMm)} ${n(p.yMm)})${rotate}`;
}

/** One element as SVG markup; `style` adds attributes to paths (e.g. hairline strokes for engraving). */
export function elementSvg(
  element: ZoneElement,
  pathStyle?: { fill?: string; stroke?: string; strokeWidthMm?: number },
): string {
  if (element.kind === 'path') {
    const fill = pathStyle?.fill ?? element.fill;
    const stroke = pathStyle?.stroke
      ? ` stroke="${attr(pathStyle.stroke)}" stroke-width="${n(pathStyle.strokeWidthMm ?? 0.025)}"`
      : '';
    return `<path d="${attr(element.pathData)}" fill="${attr(fill)}"${stroke} transform="${placementAttr(element.placement)}"/>`;
  }
  const { widthMm: w, heightMm: h } = element;
  return (
    `<image href="${attr(element.href)}" x="${n(-w / 2)}" y="${n(-h / 2)}" width="${n(w)}" height="${n(h)}"` +
    ` preserveAspectRatio="none" transform="${placementAttr(element.placement)}"/>`
  );
}

// Whole pixels do not quite keep the bleed box's aspect ratio; stretching by under half a
// pixel beats a transparent sliver at the texture's edge.
function pixelSizeAttributes(zone: Zone, pixelWidth: number, pixelHeight?: number): string {
  const px = pixelHeight ? { width: pixelWidth, height: pixelHeight } : zonePixelSize(zone, pixelWidth);
  return `width="${n(px.width)}" height="${n(px.height)}" preserveAspectRatio="none"`;
}

function guides(zone: Zone): string {
  const { widthMm: w, heightMm: h } = zone.rect;
  const b = zone.bleedMm;
  const s = zone.safeMm;
  // non-scaling-stroke keeps the lines one screen pixel wide at any zoom of the editor.
  const line = 'fill="none" vector-effect="non-scaling-stroke" stroke-width="1"';
  const rect = (x: number, y: number, width: number, height: number, style: string) =>
    `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, width))}" height="${n(Math.max(0, height))}" ${line} ${style}/>`;
  return (
    `<g data-guides="" pointer-events="none">` +
    rect(-b, -b, w + 2 * b, h + 2 * b, 'stroke="#d93025" stroke-opacity="0.6"') +
    rect(0, 0, w, h, 'stroke="#1f1f1f"') +
    rect(s, s, w - 2 * s, h - 2 * s, 'stroke="#1a73e8" stroke-dasharray="4 3"') +
    `</g>`
  );
}

/**
 * The zone's layers (bottom first) as an SVG in zone mm, origin at the trim's top-left
 * corner, covering and clipped to the bleed. Layers whose font, colour or image is unknown
 * are left out (validation reports them). Same input, same string.
 */
export function renderZoneSvg(
  zone: Zone,
  layers: Layer[],
  ctx: RenderContext,
  options: ZoneSvgOptions = {},
): string {
  return elementsSvg(zone, zoneElements(zone, layers, ctx), options);
}

/** Elements of a zone (zoneElements) as the SVG renderZoneSvg makes of them. */
export function elementsSvg(zone: Zone, elements: ZoneElement[], options: ZoneSvgOptions = {}): string {
  const box = bleedBox(zone);
  const [x, y, w, h] = [n(box.xMm), n(box.yMm), n(box.widthMm), n(box.heightMm)];
  const view = options.crop
    ? [options.crop.xMm, options.crop.yMm, options.crop.widthMm, options.crop.heightMm].map(String).join(' ')
    : `${x} ${y} ${w} ${h}`;
  const size = options.pixelWidth
    ? pixelSizeAttributes(zone, options.pixelWidth, options.pixelHeight)
    : `width="${w}mm" height="${h}mm"`;
  // Ids come from the zone and its size, never a counter: identical ids always mean an
  // identical clip, so two zone SVGs inlined in one page cannot break each other.
  const clipId = attr(`onekind-bleed-${zone.id}-${w}x${h}`.replace(/[^a-zA-Z0-9-]/g, '_'));
  const bleedRect = `x="${x}" y="${y}" width="${w}" height="${h}"`;
  const body = elements.map((element) => elementSvg(element)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view}" ${size}>` +
    `<defs><clipPath id="${clipId}"><rect ${bleedRect}/></clipPath></defs>` +
    (options.background ? `<rect ${bleedRect} fill="${attr(options.background)}"/>` : '') +
    `<g clip-path="url(#${clipId})">${body}</g>` +
    (options.guides ? guides(zone) : '') +
    `</svg>`
  );
}
