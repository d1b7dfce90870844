// What the spec builder needs: an order line's frozen snapshots, the image bytes, the fonts
// and a rasteriser. Reading disks and databases is the caller's job (lib/server/production).
import type { Design } from '../design/schema';
import type { Quote } from '../pricing/quote';
import type { ClipartItem } from '../clipart/library';
import type { FontLibrary } from '../render/fonts';
import type { ImageLook, LookMask } from '../render/image-look';
import type { ZoneElement } from '../render/zone-svg';
import type { Template, Zone } from '../templates/schema';

/**
 * The spec format; bump it when spec.json or the files change meaning. 2: images in engraving
 * zones are 1-bit burn bitmaps in every file, and spec.json states the mapping.
 */
export const SPEC_VERSION = 2;

/** An image ready to print: upright, sRGB, PNG or JPEG, at the original's full resolution. */
export type PrintImage = {
  mimeType: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
  widthPx: number;
  heightPx: number;
  /** sha256 of the shopper's original upload (the upload id). */
  originalSha256: string;
  /** The same bytes as a data: URL, for the standalone SVG and the rasteriser. */
  href: string;
  /**
   * For PNGs: the pixels ready for a PDF image, 8-bit RGB and (if any) alpha, each a zlib
   * stream of PNG-filtered rows (a filter byte per row, PDF's /Predictor 15), so the PDF writer
   * need not decode the PNG in JavaScript. Absent for JPEGs, whose bytes go into the PDF
   * unchanged.
   */
  pdfPixels?: { rgb: Uint8Array; alpha?: Uint8Array };
  /**
   * Set on an engraved bitmap (lib/render/engrave-image.ts: `bytes` is then a PNG, black where
   * the laser burns and transparent elsewhere): the zlib stream of its 1-bit grey rows for PDF
   * (bilevelRows: 0 black = burn, 1 white = leave). Such an image is resampled by nearest
   * neighbour, so it stays black or clear, and goes into PDFs as 1-bit grey with white masked out.
   */
  bilevel?: Uint8Array;
};

/** One order line as the order froze it. */
export type LineSource = {
  orderNumber: string;
  orderedAt: string;
  lineId: string;
  position: number;
  quantity: number;
  template: Template;
  templateVersion: { id: string; version: number };
  design: Design;
  quote: Quote;
};

/**
 * Draws an SVG at exactly widthPx x heightPx to PNG (dpi recorded in it); transparent unless a
 * background is given. `format: 'jpeg'` (needs a background) gives a JPEG, which a PDF takes
 * as it is, where a PNG would be decoded and recompressed in JavaScript.
 */
export type Rasterise = (
  svg: string,
  size: { widthPx: number; heightPx: number; dpi: number; background?: string; format?: 'png' | 'jpeg' },
) => Promise<Uint8Array>;

/**
 * Draws a zone's elements (zoneElements, images at full resolution) at exactly widthPx x
 * heightPx to PNG, to the same picture as rasterising their SVG; faster where it can be.
 */
export type DrawZone = (
  zone: Zone,
  elements: ZoneElement[],
  images: Record<string, PrintImage>,
  size: {
    widthPx: number;
    heightPx: number;
    dpi: number;
    background?: string;
    /** How many zones with images the line draws at once, this one included (a scheduling hint). */
    photoZonesAtOnce?: number;
  },
) => Promise<Uint8Array>;

/**
 * An image converted for engraving (engraveBits) at exactly widthPx x heightPx: its placed box
 * at the zone's print dpi (engravedPixelSize). Same image and size, same bytes.
 */
export type EngraveImage = (
  image: PrintImage,
  size: { widthPx: number; heightPx: number },
) => Promise<PrintImage>;

/**
 * A print image with an image layer's look applied to its pixels (lib/render/image-pixels.ts)
 * and, given a box in mm, cut to its mask (as alpha): what every file draws for such a layer.
 */
export type LookImage = (
  image: PrintImage,
  look: ImageLook | undefined,
  masked?: { mask: LookMask; widthMm: number; heightMm: number },
) => Promise<PrintImage>;

/** A picture of the product from one of its named views (a brand's saved camera), for the production sheet. */
export type ProductViewPicture = { label: string; jpeg: Uint8Array; widthPx: number; heightPx: number };

/** A zone's artwork as the product's pictures lay it on: an SVG of its trim at widthPx x heightPx. */
export type ZoneTexture = { zone: Zone; svg: string; widthPx: number; heightPx: number };

/**
 * Draws the ordered product from each of its kind's named views, in the chosen colours, with
 * each zone's artwork on it; none for a product without named views. Same input, same bytes.
 */
export type DrawProductViews = (source: LineSource, zones: ZoneTexture[]) => Promise<ProductViewPicture[]>;

export type SpecDeps = {
  fonts: FontLibrary;
  /** The brand clipart the line uses, by id (library icons ship with the app). */
  clipart?: Record<string, ClipartItem>;
  images: Record<string, PrintImage>;
  rasterise: Rasterise;
  drawZone: DrawZone;
  engraveImage: EngraveImage;
  /** Applies image tools (crop, turns, flips, filters, masks); a design using them needs it. */
  lookImage?: LookImage;
  /** Pictures of the product from its named views (the production sheet's); none without it. */
  productViews?: DrawProductViews;
  /** An sRGB ICC profile: print PDFs declare it as their output intent, so RGB means sRGB. */
  srgbProfile?: Uint8Array;
  /** Hex sha256 of a file; Web Crypto's (lib/spec/hash.ts) unless given (Node's copies nothing). */
  sha256?: (bytes: Uint8Array) => string | Promise<string>;
};

/** A generated file. */
export type SpecFile = { name: string; contentType: string; bytes: Uint8Array };
