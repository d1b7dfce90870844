// A heavyweight cotton crew-neck tee, S to XXL, with front and back DTG print zones.
import type { TemplateInput } from '../../templates/schema';
import { ALL_FONTS, INK_COLOURS, inch } from '../../templates/catalogue/shared';
import { teeTechPack } from './tech-pack';

// Gildan 5000 Heavy Cotton size chart (gildan.com): body width (laid flat, 1 in below the
// armhole) 18/20/22/24/26 in and body length (from high point shoulder) 28/29/30/31/32 in.
// Sleeve length from the shoulder seam is not on that chart: 8.0-9.0 in in 0.25 in steps is
// the usual tee grade and is marked as our own figure.
const SIZES = [
  { id: 's', label: 'S', chest: 18, length: 28, sleeve: 8.0 },
  { id: 'm', label: 'M', chest: 20, length: 29, sleeve: 8.25 },
  { id: 'l', label: 'L', chest: 22, length: 30, sleeve: 8.5 },
  { id: 'xl', label: 'XL', chest: 24, length: 31, sleeve: 8.75 },
  { id: 'xxl', label: 'XXL', chest: 26, length: 32, sleeve: 9.0 },
];

const printZone = (id: string, name: string, yMm: number) => ({
  id,
  name,
  surface: id,
  method: 'print' as const,
  // 12 x 14 in, the standard direct-to-garment adult print area, centred on the panel.
  anchor: 'top-centre' as const,
  rect: { xMm: 0, yMm, widthMm: inch(12), heightMm: inch(14) },
  bleedMm: 0,
  safeMm: 10,
  minImageDpi: 150,
  printDpi: 300,
  content: { text: true, image: true, clipart: true },
  fonts: ALL_FONTS,
  monograms: ['classic' as const, 'circle' as const],
  colours: INK_COLOURS,
  limits: { maxChars: 80, maxLines: 4, maxLayers: 6, minTextHeightMm: 4 },
});

export const tee: TemplateInput = {
  schemaVersion: 1,
  slug: 'heavy-cotton-tee',
  name: 'Heavy Cotton Tee',
  description:
    'A classic-fit crew-neck t-shirt in 180 g/m² ring-spun cotton jersey. Print your artwork on the front, the back or both.',
  brand: 'Onekind Basics',
  currency: 'USD',
  geometry: {
    kind: 'tee',
    // Gildan 5000: 5.3 oz/yd² (180 g/m²), 100 % cotton (solid colours), 7/8 in rib collar.
    fabric: { gsm: 180, composition: '100% cotton jersey' },
    neckWidthMm: inch(7),
    frontNeckDropMm: inch(3.5),
    backNeckDropMm: inch(0.75),
    ribMm: inch(0.875),
  },
  sizes: {
    label: 'Size',
    defaultVariant: 'm',
    variants: SIZES.map((s) => ({
      id: s.id,
      label: s.label,
      measurements: {
        chestWidthMm: inch(s.chest),
        bodyLengthMm: inch(s.length),
        sleeveLengthMm: inch(s.sleeve),
      },
      priceDeltaMinor: s.id === 'xxl' ? 200 : 0,
    })),
  },
  options: [
    {
      id: 'colour',
      name: 'Shirt colour',
      kind: 'colour',
      part: 'fabric',
      defaultChoice: 'white',
      choices: [
        {
          id: 'white',
          name: 'White',
          swatch: { hex: '#f6f6f3', roughness: 0.95, metalness: 0, texture: 'cotton-jersey' },
          priceDeltaMinor: 0,
        },
        {
          id: 'black',
          name: 'Black',
          swatch: { hex: '#1c1c1e', roughness: 0.95, metalness: 0, texture: 'cotton-jersey' },
          priceDeltaMinor: 0,
        },
        {
          id: 'sport-grey',
          name: 'Sport grey',
          swatch: { hex: '#a4a5a7', roughness: 0.95, metalness: 0, texture: 'cotton-jersey' },
          priceDeltaMinor: 0,
        },
        {
          id: 'navy',
          name: 'Navy',
          swatch: { hex: '#232b45', roughness: 0.95, metalness: 0, texture: 'cotton-jersey' },
          priceDeltaMinor: 0,
        },
        {
          id: 'cardinal',
          name: 'Cardinal red',
          swatch: { hex: '#8c1d2c', roughness: 0.95, metalness: 0, texture: 'cotton-jersey' },
          priceDeltaMinor: 0,
        },
      ],
    },
  ],
  rules: [],
  // Front print starts 5 in below the high point shoulder (about 1.5 in under the 3.5 in front
  // neck drop, where DTG prints usually begin); the back 2.5 in, just under the back collar.
  zones: [printZone('front', 'Front print', inch(5)), printZone('back', 'Back print', inch(2.5))],
  pricing: {
    basePriceMinor: 1900,
    zones: [
      {
        zone: 'front',
        perZoneMinor: 0,
        perCharacterMinor: 0,
        perImageMinor: 300,
        perClipartMinor: 200,
        perMonogramMinor: 400,
        setupFeeMinor: 0,
      },
      {
        zone: 'back',
        perZoneMinor: 500,
        perCharacterMinor: 0,
        perImageMinor: 300,
        perClipartMinor: 200,
        perMonogramMinor: 400,
        setupFeeMinor: 0,
      },
    ],
    quantityBreaks: [
      { minQuantity: 10, discountBasisPoints: 1000 },
      { minQuantity: 25, discountBasisPoints: 1500 },
      { minQuantity: 50, discountBasisPoints: 2000 },
    ],
  },
  techPack: teeTechPack,
};
