// A heavy cotton canvas tote with front and back print zones: the document the studio starts
// a new tote product from. It is not in the seed catalogue; the tests hold it to every rule
// the seed products meet.
import type { TemplateInput } from '../../templates/schema';
import { ALL_FONTS, INK_COLOURS } from '../../templates/catalogue/shared';
import { toteTechPack } from './tech-pack';

// 28 x 30 cm: fits inside the 38 cm panel with 5 cm to spare each side (the side seams and the
// rounded bag keep a DTG platen or a screen from lying flat right up to the edge). Onekind figure.
const PRINT = { widthMm: 280, heightMm: 300 };
// Starts 7 cm below the top edge: under the 3 cm hem and clear of the handle ends (4 cm sewn
// on plus 5 cm clearance would reach 4.5 cm), with 2.5 cm to breathe. Ends 5 cm above the bottom seam.
const PRINT_TOP_MM = 70;

const printZone = (id: string, name: string) => ({
  id,
  name,
  surface: id,
  method: 'print' as const,
  anchor: 'top-centre' as const,
  rect: { xMm: 0, yMm: PRINT_TOP_MM, ...PRINT },
  // Printed on the finished bag: nothing is trimmed, so there is no bleed.
  bleedMm: 0,
  safeMm: 10,
  minImageDpi: 150,
  printDpi: 300,
  content: { text: true, image: true },
  fonts: ALL_FONTS,
  colours: INK_COLOURS,
  // Canvas is coarser than jersey: strokes under about 4 mm letter height break up on the weave.
  limits: { maxChars: 80, maxLines: 4, maxLayers: 6, minTextHeightMm: 4 },
});

const canvas = (id: string, name: string, hex: string) => ({
  id,
  name,
  swatch: { hex, roughness: 0.9, metalness: 0, texture: 'cotton-canvas' as const },
  priceDeltaMinor: 0,
});

/** A fresh copy of the canvas tote starter document (the studio edits what it gets). */
export function toteStarter(): TemplateInput {
  return {
    schemaVersion: 1,
    slug: 'canvas-tote',
    name: 'Canvas Tote',
    description:
      'A sturdy tote in 12 oz cotton canvas with a 10 cm gusset and long handles that go over the shoulder. Print your artwork on the front, the back or both.',
    brand: 'Onekind Basics',
    currency: 'EUR',
    geometry: {
      kind: 'tote',
      // 12 oz/yd² (407 g/m²) cotton duck: the weight at which canvas totes count as heavy-duty
      // rather than promotional (those are 4-8 oz). Onekind choice.
      fabric: { weightOz: 12, composition: '100% cotton canvas, plain weave' },
      // The common "shopper" tote: 38 x 42 cm panels on a 10 cm gusset (about 16 litres boxed).
      // Onekind figures in the range blank suppliers list; check them against the chosen
      // blank's spec sheet before ordering stock.
      panel: { widthMm: 380, heightMm: 420 },
      gussetMm: 100,
      topHemMm: 30,
      // 60 cm loops of 2.5 cm cotton webbing (the usual over-the-shoulder length: about a
      // 29 cm drop), ends 14 cm apart, sewn on 4 cm down the outside. Onekind figures.
      handle: { lengthMm: 600, widthMm: 25, spacingMm: 140, attachMm: 40 },
    },
    sizes: {
      label: 'Size',
      defaultVariant: 'one-size',
      variants: [{ id: 'one-size', label: 'One size', measurements: {}, priceDeltaMinor: 0 }],
    },
    options: [
      {
        id: 'colour',
        name: 'Canvas colour',
        kind: 'colour',
        part: 'fabric',
        defaultChoice: 'natural',
        choices: [
          // Undyed, unbleached cotton: a warm oatmeal with darker flecks of seed husk.
          canvas('natural', 'Natural', '#e8dcc3'),
          canvas('black', 'Black', '#1f1f21'),
          canvas('navy', 'Navy', '#222b44'),
        ],
      },
    ],
    rules: [],
    zones: [printZone('front', 'Front print'), printZone('back', 'Back print')],
    pricing: {
      basePriceMinor: 1490,
      zones: [
        { zone: 'front', perZoneMinor: 0, perCharacterMinor: 0, perImageMinor: 300, setupFeeMinor: 0 },
        { zone: 'back', perZoneMinor: 400, perCharacterMinor: 0, perImageMinor: 300, setupFeeMinor: 0 },
      ],
      quantityBreaks: [
        { minQuantity: 10, discountBasisPoints: 1000 },
        { minQuantity: 25, discountBasisPoints: 1500 },
        { minQuantity: 50, discountBasisPoints: 2000 },
      ],
    },
    techPack: toteTechPack,
  };
}
