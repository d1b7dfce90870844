// An A5 hardcover notebook made from its Blender model (prisma/seed-models/notebook.glb,
// scripts/blender/README.md), its cloth cover printed. Surface sizes are measured from the
// GLB's triangles (seed-models.test.ts checks them against the file).
import type { TemplateInput } from '../../templates/schema';
import { ALL_FONTS, INK_COLOURS } from '../../templates/catalogue/shared';
import { NOTEBOOK_OUTLINE } from './seed-outlines';

const cloth = (hex: string) => ({ hex, roughness: 0.8, metalness: 0, texture: 'cotton-canvas' as const });
const COVER_UV = { v0: 0.01, v1: 0.61 };

export const notebook: TemplateInput = {
  schemaVersion: 1,
  slug: 'a5-hardcover-notebook',
  name: 'A5 Hardcover Notebook',
  description:
    'A5 notebook (148 × 210 mm pages) with 2.5 mm boards covered in book cloth, a rounded spine and an elastic closure. Your design is printed on the front cover.',
  brand: 'Onekind Paper',
  currency: 'EUR',
  geometry: {
    kind: 'model',
    model: {
      sha256: '5a6d0c792a470ffcb1cb2fb7e0a03359ebbcfda0515fa95232b97f4f278a3d69',
      bytes: 22200,
      fileName: 'notebook.glb',
    },
    scaleToMm: 1000,
    boundsMm: { x: 156, y: 218.2, z: 18.2 },
    parts: [
      { material: 'Cover', label: 'Cover cloth' },
      { material: 'Elastic', label: 'Elastic band' },
    ],
    surfaces: [
      {
        id: 'front-cover',
        label: 'Front cover',
        mesh: 'Cover',
        material: 'Cover',
        uv: { u0: 0.503484, u1: 0.928484, ...COVER_UV },
        widthMm: 153,
        heightMm: 216,
        stretchPct: 0,
      },
      {
        id: 'spine',
        label: 'Spine',
        mesh: 'Cover',
        material: 'Cover',
        uv: { u0: 0.445, u1: 0.493484, ...COVER_UV },
        widthMm: 17.454,
        heightMm: 216,
        stretchPct: 0,
      },
      {
        id: 'back-cover',
        label: 'Back cover',
        mesh: 'Cover',
        material: 'Cover',
        uv: { u0: 0.01, u1: 0.435, ...COVER_UV },
        widthMm: 153,
        heightMm: 216,
        stretchPct: 0,
      },
    ],
    views: [
      { id: 'front', label: 'Front cover', positionMm: [60, 150, 520], targetMm: [0, 109, 0], fovDeg: 30 },
      { id: 'spine', label: 'Spine', positionMm: [-480, 130, 160], targetMm: [0, 109, 0], fovDeg: 30 },
      { id: 'back', label: 'Back cover', positionMm: [-60, 150, -520], targetMm: [0, 109, 0], fovDeg: 30 },
    ],
    outlineMm: NOTEBOOK_OUTLINE,
  },
  sizes: {
    label: 'Size',
    defaultVariant: 'a5',
    variants: [{ id: 'a5', label: 'A5 (148 × 210 mm)', measurements: {}, priceDeltaMinor: 0 }],
  },
  options: [
    {
      id: 'cover',
      name: 'Cover cloth',
      kind: 'colour',
      part: 'Cover',
      defaultChoice: 'navy',
      choices: [
        { id: 'navy', name: 'Navy', swatch: cloth('#1f2a44'), priceDeltaMinor: 0 },
        { id: 'forest', name: 'Forest green', swatch: cloth('#2f4a3a'), priceDeltaMinor: 0 },
        { id: 'burgundy', name: 'Burgundy', swatch: cloth('#6b1f2a'), priceDeltaMinor: 0 },
        { id: 'sand', name: 'Sand', swatch: cloth('#d8c7a3'), priceDeltaMinor: 0 },
      ],
    },
    {
      id: 'elastic',
      name: 'Elastic band',
      kind: 'colour',
      part: 'Elastic',
      defaultChoice: 'black',
      choices: [
        {
          id: 'black',
          name: 'Black',
          swatch: { hex: '#111111', roughness: 0.7, metalness: 0, texture: 'plastic-matte' },
          priceDeltaMinor: 0,
        },
        {
          id: 'orange',
          name: 'Orange',
          swatch: { hex: '#e8692c', roughness: 0.7, metalness: 0, texture: 'plastic-matte' },
          priceDeltaMinor: 100,
        },
      ],
    },
  ],
  rules: [],
  zones: [
    {
      id: 'cover-print',
      name: 'Front cover print',
      surface: 'front-cover',
      method: 'print',
      // Clear of the elastic, which crosses the cover 10.5 to 17.5 mm from its fore edge.
      rect: { xMm: 12, yMm: 20, widthMm: 118, heightMm: 176 },
      bleedMm: 0,
      safeMm: 4,
      minImageDpi: 200,
      printDpi: 300,
      content: { text: true, image: true },
      fonts: ALL_FONTS,
      colours: INK_COLOURS,
      limits: { maxChars: 60, maxLines: 4, maxLayers: 4, minTextHeightMm: 2 },
    },
  ],
  pricing: {
    basePriceMinor: 1900,
    zones: [
      { zone: 'cover-print', perZoneMinor: 400, perCharacterMinor: 0, perImageMinor: 300, setupFeeMinor: 0 },
    ],
    quantityBreaks: [{ minQuantity: 10, discountBasisPoints: 1000 }],
  },
};
