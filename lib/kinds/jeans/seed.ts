// Men's straight five-pocket jeans, W28-W40 x L30-L34, with back-pocket embroidery and an
// engraved leather waistband patch.
import type { TemplateInput } from '../../templates/schema';
import { inch } from '../../templates/catalogue/shared';
import { jeansTechPack } from './tech-pack';

const WAISTS = [28, 29, 30, 31, 32, 33, 34, 36, 38, 40];
const LENGTHS = [30, 32, 34];

// Finished-garment points of measure for the base size W32 L32 (inches), rounded from the
// published garment measurements of a classic straight five-pocket jean (Levi's 501 Original
// Fit size guide), graded per waist inch with the usual men's denim grade rules: waist and hip
// 1 in per size, thigh 3/8 in, knee 1/4 in, leg opening 3/16 in, front rise 1/8 in, back rise
// 1/4 in. Outseam = inseam + front rise + 1/2 in (waistband curve), as measured flat.
const BASE = { waist: 32.5, frontRise: 11, backRise: 15.25, hip: 41, thigh: 25.5, knee: 17.5, legOpening: 16.5 };
const GRADE = { waist: 1, frontRise: 0.125, backRise: 0.25, hip: 1, thigh: 0.375, knee: 0.25, legOpening: 0.1875 };

function measurementsFor(waist: number, length: number) {
  const steps = waist - 32;
  const at = (key: keyof typeof BASE) => inch(BASE[key] + GRADE[key] * steps);
  return {
    waistMm: at('waist'),
    frontRiseMm: at('frontRise'),
    backRiseMm: at('backRise'),
    hipMm: at('hip'),
    thighMm: at('thigh'),
    kneeMm: at('knee'),
    legOpeningMm: at('legOpening'),
    inseamMm: inch(length),
    outseamMm: inch(length + BASE.frontRise + GRADE.frontRise * steps + 0.5),
  };
}

// Embroidery thread colours with Isacord 40 polyester chart numbers (white 0015 and black 0020
// are standard; check the gold and red numbers against a physical card before production).
const THREADS = [
  { id: 'white', name: 'White', hex: '#f7f7f4', reference: 'Isacord 40 #0015' },
  { id: 'black', name: 'Black', hex: '#141414', reference: 'Isacord 40 #0020' },
  { id: 'gold', name: 'Tarnished gold', hex: '#b8862b', reference: 'Isacord 40 #0842' },
  { id: 'red', name: 'Poppy red', hex: '#c21f2f', reference: 'Isacord 40 #1902' },
];

export const jeans: TemplateInput = {
  schemaVersion: 1,
  slug: 'five-pocket-jeans',
  name: "Men's Five-Pocket Jeans",
  description:
    'Straight-leg five-pocket jeans in 12.5 oz rigid cotton denim with copper rivets. Add embroidered initials to the back pocket and your name or logo laser-engraved on the leather patch.',
  brand: 'Onekind Denim',
  currency: 'EUR',
  geometry: {
    kind: 'jeans',
    // 12.5 oz/yd² 3x1 right-hand twill, 100 % cotton: a mid-weight classic denim.
    fabric: { weightOz: 12.5, composition: '100% cotton denim, 3x1 right-hand twill' },
    // 1.5 in waistband; 6 x 6.5 in back pocket; 3.25 x 2 in leather patch (typical 501 figures).
    waistbandMm: inch(1.5),
    backPocket: { widthMm: inch(6), heightMm: inch(6.5) },
    patch: { widthMm: inch(3.25), heightMm: inch(2), material: 'vegetable-tanned leather' },
  },
  sizes: {
    label: 'Waist x length',
    defaultVariant: 'w32-l32',
    variants: WAISTS.flatMap((w) =>
      LENGTHS.map((l) => ({
        id: `w${w}-l${l}`,
        label: `W${w} L${l}`,
        measurements: measurementsFor(w, l),
        priceDeltaMinor: w >= 38 ? 500 : 0,
      })),
    ),
  },
  options: [
    {
      id: 'wash',
      name: 'Wash',
      kind: 'colour',
      part: 'fabric',
      defaultChoice: 'rinse',
      choices: [
        { id: 'rinse', name: 'Dark rinse indigo', swatch: { hex: '#1e2a46', roughness: 0.92, metalness: 0, texture: 'denim-twill' }, priceDeltaMinor: 0 },
        { id: 'mid-stone', name: 'Mid stonewash', swatch: { hex: '#3f5d86', roughness: 0.92, metalness: 0, texture: 'denim-twill' }, priceDeltaMinor: 0 },
        { id: 'light-bleach', name: 'Light bleach', swatch: { hex: '#8eaacb', roughness: 0.92, metalness: 0, texture: 'denim-twill' }, priceDeltaMinor: 500 },
        { id: 'black', name: 'Washed black', swatch: { hex: '#232325', roughness: 0.92, metalness: 0, texture: 'denim-twill' }, priceDeltaMinor: 0 },
      ],
    },
    {
      id: 'hardware',
      name: 'Rivets and button',
      kind: 'material',
      part: 'hardware',
      defaultChoice: 'copper',
      choices: [
        { id: 'copper', name: 'Copper', swatch: { hex: '#b87333', roughness: 0.35, metalness: 1, texture: 'plastic-gloss' }, priceDeltaMinor: 0 },
        { id: 'silver', name: 'Nickel silver', swatch: { hex: '#c0c0c4', roughness: 0.3, metalness: 1, texture: 'plastic-gloss' }, priceDeltaMinor: 0 },
        { id: 'black-oxide', name: 'Black oxide', swatch: { hex: '#2b2b2b', roughness: 0.5, metalness: 1, texture: 'plastic-matte' }, priceDeltaMinor: 200 },
      ],
    },
  ],
  rules: [
    {
      id: 'no-black-oxide-on-bleach',
      forbid: [
        { option: 'wash', choice: 'light-bleach' },
        { option: 'hardware', choice: 'black-oxide' },
      ],
      message: 'Black-oxide rivets do not survive the bleach wash; choose copper or nickel silver with light bleach.',
    },
  ],
  zones: [
    {
      id: 'pocket-embroidery',
      name: 'Back pocket embroidery',
      surface: 'back-pocket',
      method: 'embroider',
      // Across the upper pocket, clear of the 1 in hem at the top and the arcuate stitching below.
      anchor: 'top-centre',
      rect: { xMm: 0, yMm: 35, widthMm: 110, heightMm: 40 },
      bleedMm: 0,
      safeMm: 4,
      minImageDpi: 300,
      printDpi: 300,
      content: { text: true, image: false },
      fonts: ['inter-bold', 'roboto-slab-bold', 'pacifico'],
      colours: THREADS,
      // Embroidered letters under about 5 mm lose their shape in satin stitch.
      limits: { maxChars: 12, maxLines: 1, maxLayers: 1, minTextHeightMm: 5 },
    },
    {
      id: 'patch-engraving',
      name: 'Leather patch engraving',
      surface: 'waistband-patch',
      method: 'engrave',
      rect: { xMm: 6, yMm: 6, widthMm: 70.6, heightMm: 38.8 },
      bleedMm: 0,
      safeMm: 3,
      // Laser engraving burns a logo as finely as the file allows: line art needs 300 dpi.
      minImageDpi: 300,
      printDpi: 600,
      content: { text: true, image: true },
      fonts: ['inter-bold', 'roboto-slab-bold', 'oswald-medium'],
      colours: [{ id: 'burn', name: 'Laser burn', hex: '#4a2e1a' }],
      limits: { maxChars: 24, maxLines: 2, maxLayers: 2, minTextHeightMm: 3 },
    },
  ],
  pricing: {
    basePriceMinor: 8900,
    zones: [
      { zone: 'pocket-embroidery', perZoneMinor: 800, perCharacterMinor: 50, perImageMinor: 0, setupFeeMinor: 0 },
      { zone: 'patch-engraving', perZoneMinor: 600, perCharacterMinor: 0, perImageMinor: 400, setupFeeMinor: 0 },
    ],
    quantityBreaks: [{ minQuantity: 3, discountBasisPoints: 500 }],
  },
  techPack: jeansTechPack,
};
