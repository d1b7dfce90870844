// A 750 ml double-wall stainless water bottle made from its Blender model
// (prisma/seed-models/water-bottle.glb, scripts/blender/README.md), laser-engraved on its side.
// The surface's size and stretch are measured from the GLB's triangles (seed-models.test.ts
// checks them against the file).
import type { TemplateInput } from '../../templates/schema';
import { ALL_FONTS } from '../../templates/catalogue/shared';
import { BOTTLE_OUTLINE } from './seed-outlines';

const powderCoat = (hex: string) => ({
  hex,
  roughness: 0.7,
  metalness: 0.1,
  texture: 'plastic-matte' as const,
});

export const waterBottle: TemplateInput = {
  schemaVersion: 1,
  slug: 'stainless-water-bottle-750',
  name: 'Stainless Water Bottle, 750 ml',
  description:
    'A 750 ml double-wall vacuum-insulated bottle in 18/8 stainless steel with a screw cap and carry loop. Your name or logo is laser-engraved into its side: on a powder-coated bottle the laser takes the coat off down to the bright steel.',
  brand: 'Onekind Outdoors',
  currency: 'EUR',
  geometry: {
    kind: 'model',
    model: {
      sha256: '09adf6af5d3bbd16fbf44a6cd36f21e93f205b543d5a5b9bc8642aaa6b2d0bf7',
      bytes: 292044,
      fileName: 'water-bottle.glb',
    },
    scaleToMm: 1000,
    boundsMm: { x: 73, y: 265, z: 73 },
    parts: [
      { material: 'Steel', label: 'Bottle' },
      { material: 'Cap', label: 'Cap and loop' },
    ],
    surfaces: [
      {
        id: 'side',
        label: 'Bottle side (unwrapped)',
        mesh: 'Body',
        material: 'Steel',
        uv: { u0: 0.01, v0: 0.19, u1: 0.927253, v1: 0.99 },
        widthMm: 229.313,
        heightMm: 200,
        stretchPct: 0,
      },
    ],
    views: [
      { id: 'front', label: 'Front', positionMm: [0, 190, 560], targetMm: [0, 132, 0], fovDeg: 30 },
      { id: 'engraving', label: 'Engraving', positionMm: [0, 110, 300], targetMm: [0, 110, 0], fovDeg: 30 },
      { id: 'cap', label: 'Cap and loop', positionMm: [160, 330, 160], targetMm: [0, 235, 0], fovDeg: 30 },
    ],
    outlineMm: BOTTLE_OUTLINE,
  },
  sizes: {
    label: 'Size',
    defaultVariant: '750ml',
    variants: [{ id: '750ml', label: '750 ml', measurements: {}, priceDeltaMinor: 0 }],
  },
  options: [
    {
      id: 'finish',
      name: 'Bottle finish',
      kind: 'colour',
      part: 'Steel',
      defaultChoice: 'black',
      choices: [
        { id: 'black', name: 'Matte black', swatch: powderCoat('#1d1d1f'), priceDeltaMinor: 0 },
        { id: 'sage', name: 'Sage green', swatch: powderCoat('#8a9a7b'), priceDeltaMinor: 0 },
        { id: 'ocean', name: 'Ocean blue', swatch: powderCoat('#2b5d8a'), priceDeltaMinor: 0 },
        {
          id: 'steel',
          name: 'Brushed steel',
          swatch: { hex: '#c8c8c4', roughness: 0.32, metalness: 1, texture: 'plastic-gloss' },
          priceDeltaMinor: -200,
        },
      ],
    },
    {
      id: 'cap',
      name: 'Cap colour',
      kind: 'colour',
      part: 'Cap',
      defaultChoice: 'black',
      choices: [
        {
          id: 'black',
          name: 'Black',
          swatch: { hex: '#151515', roughness: 0.55, metalness: 0, texture: 'plastic-matte' },
          priceDeltaMinor: 0,
        },
        {
          id: 'white',
          name: 'White',
          swatch: { hex: '#f2f2ee', roughness: 0.55, metalness: 0, texture: 'plastic-matte' },
          priceDeltaMinor: 0,
        },
      ],
    },
  ],
  rules: [],
  zones: [
    {
      id: 'engraving',
      name: 'Side engraving',
      surface: 'side',
      method: 'engrave',
      // 70 x 120 mm centred on the front (the wrap's seam is at the back), 40 mm below the shoulder.
      rect: { xMm: 79.7, yMm: 40, widthMm: 70, heightMm: 120 },
      bleedMm: 0,
      safeMm: 3,
      minImageDpi: 300,
      printDpi: 600,
      content: { text: true, image: true },
      fonts: ALL_FONTS,
      colours: [
        {
          id: 'laser',
          name: 'Laser engraved',
          hex: '#d4d4cf',
          reference: 'Fibre laser, coat removed to bare steel',
        },
      ],
      limits: { maxChars: 40, maxLines: 3, maxLayers: 3, minTextHeightMm: 2.5 },
    },
  ],
  pricing: {
    basePriceMinor: 3400,
    zones: [
      { zone: 'engraving', perZoneMinor: 600, perCharacterMinor: 0, perImageMinor: 400, setupFeeMinor: 0 },
    ],
    quantityBreaks: [
      { minQuantity: 10, discountBasisPoints: 1000 },
      { minQuantity: 25, discountBasisPoints: 1500 },
    ],
  },
};
