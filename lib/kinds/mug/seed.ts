// The classic 11 oz ceramic sublimation mug with an edge-to-edge wrap print.
import type { TemplateInput } from '../../templates/schema';
import { ALL_FONTS, INK_COLOURS, inch } from '../../templates/catalogue/shared';

export const mug: TemplateInput = {
  schemaVersion: 1,
  slug: 'ceramic-mug-11oz',
  name: 'Ceramic Mug, 11 oz',
  description:
    'A dishwasher-safe 11 oz (325 ml) white ceramic mug with a C handle. Your design wraps around the whole mug, sublimated into the glaze.',
  brand: 'Onekind Kitchen',
  currency: 'GBP',
  geometry: {
    kind: 'mug',
    // Standard 11 oz sublimation blank as listed by blank suppliers and print-on-demand
    // services: 3.75 in (95 mm) tall, 3.2 in (82 mm) across, 325 ml.
    diameterMm: inch(3.2),
    heightMm: inch(3.75),
    wallMm: 5,
    capacityMl: 325,
    // C handle: about 70 mm tall, projecting 30 mm, 12 mm thick (same listings' drawings).
    handle: { heightMm: 70, projectionMm: 30, thicknessMm: 12 },
    // Sublimation wraps leave about 36 mm around the handle unprinted.
    handleClearanceMm: 36,
  },
  sizes: {
    label: 'Size',
    defaultVariant: '11oz',
    variants: [{ id: '11oz', label: '11 oz (325 ml)', measurements: {}, priceDeltaMinor: 0 }],
  },
  options: [
    {
      id: 'inside',
      name: 'Inside and handle colour',
      kind: 'colour',
      part: 'inside',
      defaultChoice: 'white',
      choices: [
        {
          id: 'white',
          name: 'White',
          swatch: { hex: '#fbfbf8', roughness: 0.08, metalness: 0, texture: 'ceramic-gloss' },
          priceDeltaMinor: 0,
        },
        {
          id: 'black',
          name: 'Black',
          swatch: { hex: '#161616', roughness: 0.08, metalness: 0, texture: 'ceramic-gloss' },
          priceDeltaMinor: 150,
        },
        {
          id: 'red',
          name: 'Red',
          swatch: { hex: '#b0172a', roughness: 0.08, metalness: 0, texture: 'ceramic-gloss' },
          priceDeltaMinor: 150,
        },
        {
          id: 'cobalt',
          name: 'Cobalt blue',
          swatch: { hex: '#1f4aa8', roughness: 0.08, metalness: 0, texture: 'ceramic-gloss' },
          priceDeltaMinor: 150,
        },
      ],
    },
    {
      id: 'glaze',
      name: 'Outside glaze',
      kind: 'finish',
      part: 'body',
      defaultChoice: 'gloss',
      choices: [
        {
          id: 'gloss',
          name: 'Gloss',
          swatch: { hex: '#ffffff', roughness: 0.06, metalness: 0, texture: 'ceramic-gloss' },
          priceDeltaMinor: 0,
        },
        {
          id: 'matte',
          name: 'Satin matte',
          swatch: { hex: '#f3f3f0', roughness: 0.6, metalness: 0, texture: 'ceramic-matte' },
          priceDeltaMinor: 200,
        },
      ],
    },
  ],
  rules: [],
  zones: [
    {
      id: 'wrap',
      name: 'Wrap-around print',
      surface: 'wrap',
      method: 'print',
      // The common 11 oz wrap template: 8.5 x 3.5 in (216 x 89 mm), centred opposite the handle.
      rect: { xMm: 19.8, yMm: 3, widthMm: inch(8.5), heightMm: inch(3.5) },
      bleedMm: 2,
      safeMm: 5,
      minImageDpi: 150,
      printDpi: 300,
      content: { text: true, image: true, clipart: true },
      fonts: ALL_FONTS,
      monograms: ['classic', 'circle'],
      colours: INK_COLOURS,
      limits: { maxChars: 60, maxLines: 3, maxLayers: 5, minTextHeightMm: 2.5 },
    },
  ],
  pricing: {
    basePriceMinor: 1295,
    zones: [
      {
        zone: 'wrap',
        perZoneMinor: 0,
        perCharacterMinor: 0,
        perImageMinor: 200,
        perClipartMinor: 150,
        perMonogramMinor: 300,
        setupFeeMinor: 0,
      },
    ],
    quantityBreaks: [
      { minQuantity: 6, discountBasisPoints: 1000 },
      { minQuantity: 12, discountBasisPoints: 1500 },
      { minQuantity: 36, discountBasisPoints: 2000 },
    ],
  },
};
