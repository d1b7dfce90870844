// A protective case for the iPhone 17, with a full-back UV print zone.
import type { TemplateInput } from '../../templates/schema';
import { ALL_FONTS, INK_COLOURS } from '../../templates/catalogue/shared';

export const phoneCase: TemplateInput = {
  schemaVersion: 1,
  slug: 'iphone-17-case',
  name: 'iPhone 17 Slim Case',
  description:
    'A slim protective case for iPhone 17 with a raised screen lip and an edge-to-edge printed back. Print your photo, a name or both.',
  brand: 'Onekind Basics',
  currency: 'EUR',
  geometry: {
    kind: 'phone-case',
    // Apple, iPhone 17 Technical Specifications (2025): 71.5 mm wide, 149.6 mm high, 7.95 mm deep.
    // Corner radius is not on the spec sheet: 10.5 mm estimated from Apple's case-maker
    // dimensional drawings (Accessory Design Guidelines); verify before tooling.
    device: { model: 'iPhone 17', widthMm: 71.5, heightMm: 149.6, depthMm: 7.95, cornerRadiusMm: 10.5 },
    // Typical slim polycarbonate/TPU case: 1.2 mm walls, 0.2 mm fit clearance, 1.0 mm back,
    // 0.6 mm lip above the glass (common figures from case manufacturers' spec sheets).
    shell: { wallMm: 1.2, clearanceMm: 0.2, backMm: 1.0, lipMm: 0.6 },
    // Camera plateau cut-out, top-left seen from behind: estimated from Apple's drawings
    // (plateau about 21 x 36 mm plus 1.5 mm clearance each side).
    camera: { xMm: 5.5, yMm: 5.5, widthMm: 24, heightMm: 39, cornerRadiusMm: 8 },
  },
  sizes: {
    label: 'Model',
    defaultVariant: 'iphone-17',
    variants: [{ id: 'iphone-17', label: 'iPhone 17', measurements: {}, priceDeltaMinor: 0 }],
  },
  options: [
    {
      id: 'finish',
      name: 'Case finish',
      kind: 'material',
      part: 'case',
      defaultChoice: 'black-matte',
      choices: [
        { id: 'black-matte', name: 'Black, soft-touch matte', swatch: { hex: '#1d1d1f', roughness: 0.85, metalness: 0, texture: 'plastic-matte' }, priceDeltaMinor: 0 },
        { id: 'sand-matte', name: 'Sand, soft-touch matte', swatch: { hex: '#d8ccb7', roughness: 0.85, metalness: 0, texture: 'plastic-matte' }, priceDeltaMinor: 0 },
        { id: 'white-gloss', name: 'White, gloss', swatch: { hex: '#f4f4f2', roughness: 0.15, metalness: 0, texture: 'plastic-gloss' }, priceDeltaMinor: 0 },
        { id: 'clear', name: 'Crystal clear', swatch: { hex: '#e9eef2', roughness: 0.05, metalness: 0, texture: 'plastic-clear', transmission: 0.9 }, priceDeltaMinor: 300 },
      ],
    },
    {
      id: 'grip',
      name: 'Side grip',
      kind: 'finish',
      part: 'sides',
      defaultChoice: 'smooth',
      choices: [
        { id: 'smooth', name: 'Smooth sides', swatch: { hex: '#9a9a9a', roughness: 0.5, metalness: 0, texture: 'plastic-matte' }, priceDeltaMinor: 0 },
        { id: 'ribbed', name: 'Ribbed grip sides', swatch: { hex: '#5a5a5a', roughness: 0.9, metalness: 0, texture: 'plastic-matte' }, priceDeltaMinor: 200 },
      ],
    },
  ],
  rules: [
    {
      id: 'clear-has-smooth-sides',
      forbid: [
        { option: 'finish', choice: 'clear' },
        { option: 'grip', choice: 'ribbed' },
      ],
      message: 'Ribbed grip sides are moulded in opaque TPU, so the crystal clear case comes with smooth sides only.',
    },
  ],
  zones: [
    {
      id: 'back',
      name: 'Case back',
      surface: 'back',
      method: 'print',
      // The back stays flat 3 mm in from the outer edge, where the walls start to curve.
      rect: { xMm: 3, yMm: 3, widthMm: 68.8, heightMm: 147.6 },
      bleedMm: 2,
      safeMm: 3,
      minImageDpi: 200,
      printDpi: 300,
      content: { text: true, image: true },
      fonts: ALL_FONTS,
      colours: INK_COLOURS,
      limits: { maxChars: 40, maxLines: 3, maxLayers: 4, minTextHeightMm: 2 },
    },
  ],
  pricing: {
    basePriceMinor: 2490,
    zones: [{ zone: 'back', perZoneMinor: 0, perCharacterMinor: 0, perImageMinor: 300, setupFeeMinor: 0 }],
    quantityBreaks: [
      { minQuantity: 5, discountBasisPoints: 500 },
      { minQuantity: 10, discountBasisPoints: 1000 },
    ],
  },
};
