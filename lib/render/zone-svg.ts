// The one zone renderer: a zone's layers as an SVG in millimetres. The 2D editor, the 3D
// preview's textures and the print files all come from here, so preview and print agree.
// Text is drawn as outlines (never <text>) so no font is needed wherever the SVG is opened.
import type { ClipartItem } from '../clipart/library';
import type { ImageInfo, Layer } from '../design/schema';
import type { Zone } from '../templates/schema';
import { layerKind } from '../layers/registry';
import type { FontLibrary } from './fonts';
import { maskKey, maskPathData, type ImageLook, type LookMask } from './image-look';

/**
 * What a render needs besides the design. Image hrefs should be data: URLs: an SVG drawn
 * through <img> or Image() (to rasterise a texture) may not load anything external.
 */
export type RenderContext = {
  fonts: FontLibrary;
  images: Record<string, ImageInfo>;
  /**
   * Brand clipart by id (library icons ship with the app and need no entry). Set, it is all
   * there is: a clipart layer naming an id outside it and the library is reported unknown.
   */
  clipart?: Record<string, ClipartItem>;
};

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

/** An outline drawn along a path: its colour and its width in mm. */
export type PathStroke = {
  colour: string;
  widthMm: number;
  /** Round line ends (clipart drawn with them); unset: butt ends. */
  cap?: 'round';
};

/**
 * One drawn thing of a zone, in layer-local mm centred on (0, 0), y down. The SVG writer and
 * the PDF writer (lib/spec) both draw these, so the two files cannot place anything differently.
 */
export type ZoneElement =
  | {
      kind: 'path';
      layerId: string;
      pathData: string;
      /** A colour, or 'none' for an outline only. */
      fill: string;
      /** evenodd: overlapping subpaths cut holes (some clipart); unset: nonzero. */
      fillRule?: 'evenodd';
      /** An outline centred on the path, with round joins (shapes; text outlines). */
      stroke?: PathStroke;
      placement: ElementPlacement;
    }
  | {
      kind: 'image';
      layerId: string;
      uploadId: string;
      href: string;
      widthMm: number;
      heightMm: number;
      placement: ElementPlacement;
      /**
       * Pixels still to change (crop, turns, flips, filter: lib/render/image-pixels.ts) before
       * `href` is drawn. The preview's pictures and zoneArt's print images apply it and drop it.
       */
      look?: ImageLook;
      /** The shape the picture is cut to: every writer clips to maskPathData. */
      mask?: LookMask;
    };

/** The zone's layers (bottom first) as drawable elements; unknown fonts, colours and images are left out. */
export function zoneElements(zone: Zone, layers: Layer[], ctx: RenderContext): ZoneElement[] {
  return layers.flatMap((layer) => layerKind(layer).element(zone, layer, ctx) ?? []);
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
    // An override fills what the element fills (an outline-only path stays unfilled) and keeps
    // the element's own outline width, so an engraved line is as wide as the shopper made it.
    const fill = element.fill === 'none' ? 'none' : (pathStyle?.fill ?? element.fill);
    const own = element.stroke;
    const colour = pathStyle?.stroke ?? own?.colour;
    const width = own ? own.widthMm : (pathStyle?.strokeWidthMm ?? 0.025);
    const stroke = colour
      ? ` stroke="${attr(colour)}" stroke-width="${n(width)}"${own ? ' stroke-linejoin="round"' : ''}${own?.cap ? ' stroke-linecap="round"' : ''}`
      : '';
    const rule = element.fillRule ? ` fill-rule="${element.fillRule}"` : '';
    return `<path d="${attr(element.pathData)}" fill="${attr(fill)}"${rule}${stroke} transform="${placementAttr(element.placement)}"/>`;
  }
  const { widthMm: w, heightMm: h, mask } = element;
  const image = (rest: string) =>
    `<image href="${attr(element.href)}" x="${n(-w / 2)}" y="${n(-h / 2)}" width="${n(w)}" height="${n(h)}"` +
    ` preserveAspectRatio="none"${rest}/>`;
  if (!mask) return image(` transform="${placementAttr(element.placement)}"`);
  // The clip in the image's own box, inside the placed group: a vector edge in every file.
  // Ids from the layer and the clip's shape, as the bleed clip's: equal ids, equal clips.
  const id = attr(`onekind-mask-${element.layerId}-${maskKey(mask, w, h)}`.replace(/[^a-zA-Z0-9-]/g, '_'));
  return (
    `<g transform="${placementAttr(element.placement)}">` +
    `<clipPath id="${id}"><path d="${maskPathData(mask, w, h)}"/></clipPath>` +
    image(` clip-path="url(#${id})"`) +
    `</g>`
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
