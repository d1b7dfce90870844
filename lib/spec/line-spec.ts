// spec.json: everything a maker needs to produce one order line, in mm, from the frozen
// snapshots. Key order is fixed by construction so the same line always gives the same text.
import type { Quote } from '../pricing/quote';
import { measurementLabel } from '../templates/measurements';
import type { Zone } from '../templates/schema';
import type { ModelSpec, ZoneOnModel } from '../kinds/kind';
import { productSpecFacts } from '../kinds/traits';
import type { ShapeFact } from '../layers/shape/fact';
import type { ImageFact, KeepOut, TextFact } from './zone-facts';
import { SPEC_VERSION, type LineSource } from './types';

export type SpecFileEntry = {
  name: string;
  kind: 'pdf' | 'svg' | 'png' | 'engrave-svg';
  sha256: string;
  bytes: number;
  widthPx?: number;
  heightPx?: number;
  dpi?: number;
};

export type ZoneColour = { id: string; name: string; hex: string; reference?: string };

export type ZoneSpec = {
  id: string;
  name: string;
  surface: string;
  method: Zone['method'];
  methodLabel: string;
  trim: { widthMm: number; heightMm: number };
  /** Where the trim's top-left corner sits on the surface (garments: x from the centre line). */
  placement: { anchor: Zone['anchor']; xMm: number; yMm: number };
  bleedMm: number;
  safeInsetMm: number;
  keepOuts: KeepOut[];
  printDpi: number;
  minImageDpi: number;
  /** 'transparent', or the hex colour the PNG is flattened on. */
  pngBackground: string;
  files: SpecFileEntry[];
  texts: Array<TextFact & { colour: ZoneColour }>;
  images: ImageFact[];
  /** Shape layers as drawn (lib/layers/shape); absent in specs made before shapes existed. */
  shapes?: ShapeFact[];
  /** Every colour the zone is made in: letters, outlines and shapes. */
  colours: ZoneColour[];
  embroidery?: { minLetterHeightMm: number; smallestLetterHeightMm: number; threads: ZoneColour[] };
  /** `imageMapping`: how an image becomes burn and no-burn pixels (lib/render/engrave-image.ts). */
  engraving?: { hairlineMm: number; colourMeaning: string; imageMapping: string };
  /** A product made from a 3D model: where the zone lies on the mesh, and the measured surface. */
  onModel?: ZoneOnModel;
};

export type LineSpec = {
  specVersion: number;
  units: 'mm';
  order: { number: string; orderedAt: string; lineId: string; line: number; quantity: number };
  product: {
    slug: string;
    name: string;
    brand: string;
    kind: string;
    templateVersionId: string;
    templateVersion: number;
    /** A product made from a brand's 3D model: the stored model, by content hash. */
    model?: ModelSpec;
  };
  size: { variantId: string; label: string; measurements: Array<{ key: string; label: string; mm: number }> };
  options: Array<{ id: string; name: string; choiceId: string; choice: string }>;
  zones: ZoneSpec[];
  price: Quote;
};

/** The line-level part of spec.json; zones are added by the file builder. */
export function lineSpec(source: LineSource, zones: ZoneSpec[]): LineSpec {
  const { template, design } = source;
  const { model } = productSpecFacts(template);
  const variant = template.sizes.variants.find((v) => v.id === design.variantId);
  return {
    specVersion: SPEC_VERSION,
    units: 'mm',
    order: {
      number: source.orderNumber,
      orderedAt: source.orderedAt,
      lineId: source.lineId,
      line: source.position,
      quantity: source.quantity,
    },
    product: {
      slug: template.slug,
      name: template.name,
      brand: template.brand,
      kind: template.geometry.kind,
      templateVersionId: source.templateVersion.id,
      templateVersion: source.templateVersion.version,
      ...(model ? { model } : {}),
    },
    size: {
      variantId: design.variantId,
      label: variant?.label ?? design.variantId,
      measurements: Object.entries(variant?.measurements ?? {}).map(([key, mm]) => ({
        key,
        label: measurementLabel(key),
        mm,
      })),
    },
    options: template.options.map((option) => {
      const choiceId = design.selection[option.id] ?? option.defaultChoice;
      return {
        id: option.id,
        name: option.name,
        choiceId,
        choice: option.choices.find((c) => c.id === choiceId)?.name ?? choiceId,
      };
    }),
    zones,
    price: source.quote,
  };
}

/** Zone colours as the spec states them: sRGB hex plus the ink or thread reference, if any. */
export function zoneColour(zone: Zone, colourId: string): ZoneColour {
  const c = zone.colours.find((colour) => colour.id === colourId);
  if (!c) throw new Error(`Colour ${colourId} is not offered in ${zone.name}`);
  return c.reference
    ? { id: c.id, name: c.name, hex: c.hex, reference: c.reference }
    : { id: c.id, name: c.name, hex: c.hex };
}
