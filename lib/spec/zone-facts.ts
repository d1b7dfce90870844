// The facts a maker needs about one zone of an order line, computed from the template version
// and the frozen design: where keep-outs fall, every text and image layer, the colours used.
import type { Design, ImageLayer, TextLayer } from '../design/schema';
import { layoutTextLayer } from '../layers/text/layout';
import { lookedPixelSize } from '../render/image-look';
import { fontMetricsMm } from '../render/text-layout';
import type { FontLibrary } from '../render/fonts';
import { findFont } from '../templates/fonts';
import { placeRect, surfacesFor } from '../templates/geometry';
import type { Template, Zone } from '../templates/schema';
import type { PrintImage } from './types';

const r2 = (v: number) => Math.round(v * 100) / 100;

export type KeepOut = { xMm: number; yMm: number; widthMm: number; heightMm: number; reason: string };

export type TextFact = {
  layerId: string;
  content: string;
  font: { id: string; family: string; weight: number };
  sizeMm: number;
  /** Height of the capitals: the letter height production minimums refer to. */
  capHeightMm: number;
  widthMm: number;
  heightMm: number;
  centre: { xMm: number; yMm: number };
  rotationDeg: number;
  /** Always true: text is drawn as outlines, no font is needed to produce it. */
  outlined: true;
  colourId: string;
};

export type ImageFact = {
  layerId: string;
  originalSha256: string;
  widthPx: number;
  heightPx: number;
  placedWidthMm: number;
  placedHeightMm: number;
  centre: { xMm: number; yMm: number };
  rotationDeg: number;
  effectiveDpi: number;
  meetsMinimumDpi: boolean;
  /**
   * The image tools as the shopper set them (absent when none): the files already show the
   * picture cropped, turned, flipped, filtered and cut to its mask; the size and dpi above are
   * of that picture.
   */
  tools?: Pick<ImageLayer, 'crop' | 'quarterTurns' | 'flipX' | 'flipY' | 'mask' | 'filter'>;
};

/** The design's layers for a zone (none when the shopper left it empty). */
export function zoneLayers(design: Design, zone: Zone) {
  return design.zones[zone.id]?.layers ?? [];
}

/** Surface keep-outs that reach into the zone's bleed box, in zone mm (origin at the trim's top-left). */
export function zoneKeepOuts(template: Template, zone: Zone, variantId: string): KeepOut[] {
  const variant = template.sizes.variants.find((v) => v.id === variantId);
  const surface = surfacesFor(template.geometry, variant?.measurements ?? {}).find(
    (s) => s.id === zone.surface,
  );
  if (!surface) return [];
  const at = placeRect(zone.rect, zone.anchor, surface);
  const b = zone.bleedMm;
  return surface.keepOuts.flatMap((k) => {
    const x = k.xMm - at.xMm;
    const y = k.yMm - at.yMm;
    const inside =
      x < zone.rect.widthMm + b && x + k.widthMm > -b && y < zone.rect.heightMm + b && y + k.heightMm > -b;
    return inside
      ? [{ xMm: r2(x), yMm: r2(y), widthMm: r2(k.widthMm), heightMm: r2(k.heightMm), reason: k.reason }]
      : [];
  });
}

/** Facts of a text layer; undefined when its font is not shipped. */
export function textFact(layer: TextLayer, fonts: FontLibrary): TextFact | undefined {
  const font = fonts.font(layer.fontId);
  const face = findFont(layer.fontId);
  if (!font || !face) return undefined;
  // As drawn: a text shrunk to fit its box is stated at the size it is made at.
  const layout = layoutTextLayer(layer, font);
  return {
    layerId: layer.id,
    content: layer.text,
    font: { id: face.id, family: face.family, weight: face.weight },
    sizeMm: layout.sizeMm,
    capHeightMm: r2(fontMetricsMm(font, layout.sizeMm).capHeightMm),
    widthMm: r2(layout.widthMm),
    heightMm: r2(layout.heightMm),
    centre: { xMm: layer.xMm, yMm: layer.yMm },
    rotationDeg: layer.rotationDeg,
    outlined: true,
    colourId: layer.colourId,
  };
}

/** Facts of an image layer: its pixels over the printed width give the effective DPI. */
export function imageFact(zone: Zone, layer: ImageLayer, image: PrintImage): ImageFact {
  const { crop, quarterTurns, flipX, flipY, mask, filter } = layer;
  const tools = Object.fromEntries(
    Object.entries({ crop, quarterTurns, flipX, flipY, mask, filter }).filter(([, v]) => v !== undefined),
  );
  const looked = lookedPixelSize(image.widthPx, image.heightPx, {
    crop,
    quarterTurns: (quarterTurns ?? 0) as 0 | 1 | 2 | 3,
  });
  const heightMm = (layer.widthMm * looked.heightPx) / looked.widthPx;
  const effectiveDpi = Math.floor(looked.widthPx / (layer.widthMm / 25.4));
  return {
    layerId: layer.id,
    originalSha256: image.originalSha256,
    widthPx: image.widthPx,
    heightPx: image.heightPx,
    placedWidthMm: r2(layer.widthMm),
    placedHeightMm: r2(heightMm),
    centre: { xMm: layer.xMm, yMm: layer.yMm },
    rotationDeg: layer.rotationDeg,
    effectiveDpi,
    meetsMinimumDpi: effectiveDpi >= zone.minImageDpi,
    ...(Object.keys(tools).length > 0 ? { tools } : {}),
  };
}
