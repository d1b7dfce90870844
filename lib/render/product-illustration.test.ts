import { describe, it, expect } from 'vitest';
import { phoneCaseOuter } from '../kinds/phone-case/layout';
import { mugCircumference } from '../kinds/mug/layout';
import type { Template } from '../templates/schema';
import { toteStarter } from '../kinds/tote/seed';
import { handleArch } from '../kinds/tote/layout';
import { assertTemplate } from '../templates/validate';
import { ILLUSTRATION_PADDING_MM, productIllustrationSvg } from './product-illustration';

// --- fixtures: one small, valid template per kind ---
const swatch = (hex: string, texture: string) => ({
  hex,
  roughness: 0.5,
  metalness: 0,
  texture,
  transmission: 0,
});
const colour = (id: string, part: string, texture: string, choices: Array<[string, string]>) => ({
  id,
  name: id,
  kind: 'colour',
  part,
  defaultChoice: choices[0]?.[0],
  choices: choices.map(([cid, hex]) => ({
    id: cid,
    name: cid,
    swatch: swatch(hex, texture),
    priceDeltaMinor: 0,
  })),
});
const zone = (id: string, surface: string, rect: [number, number, number, number], anchor = 'top-left') => ({
  id,
  name: id,
  surface,
  anchor,
  method: 'print',
  rect: { xMm: rect[0], yMm: rect[1], widthMm: rect[2], heightMm: rect[3] },
  bleedMm: 2,
  safeMm: 3,
  minImageDpi: 150,
  content: { text: false, image: true },
  fonts: [],
  colours: [],
  limits: { maxChars: 20, maxLines: 2, maxLayers: 3 },
});
const size = (id: string, measurements: Record<string, number> = {}) => ({
  id,
  label: id.toUpperCase(),
  measurements,
});
const template = (slug: string, geometry: object, variants: object[], options: object[], zones: object[]) =>
  assertTemplate({
    schemaVersion: 1,
    slug,
    name: slug,
    description: 'A test product',
    brand: 'Test',
    currency: 'EUR',
    geometry,
    sizes: { label: 'Size', defaultVariant: (variants[0] as { id: string }).id, variants },
    options,
    rules: [],
    zones,
    pricing: { basePriceMinor: 1000, zones: [], quantityBreaks: [] },
  });

const phoneCase = template(
  'phone-case',
  {
    kind: 'phone-case',
    device: { model: 'Phone 15', widthMm: 71.6, heightMm: 147.6, depthMm: 7.8, cornerRadiusMm: 10 },
    shell: { wallMm: 1.5, clearanceMm: 0.3, backMm: 1.2, lipMm: 0.8 },
    camera: { xMm: 4, yMm: 4, widthMm: 37, heightMm: 37, cornerRadiusMm: 8 },
  },
  [size('one')],
  [
    colour('case-colour', 'case', 'plastic-matte', [
      ['midnight', '#1f2a44'],
      ['sage', '#9caf88'],
    ]),
  ],
  [zone('back', 'back', [6, 48, 63.2, 96])],
);
const mug = template(
  'mug',
  {
    kind: 'mug',
    diameterMm: 82,
    heightMm: 95,
    wallMm: 3.5,
    capacityMl: 330,
    handle: { heightMm: 60, projectionMm: 30, thicknessMm: 10 },
    handleClearanceMm: 30,
  },
  [size('one')],
  [
    colour('glaze', 'glaze', 'ceramic-gloss', [
      ['cream', '#f4f1ea'],
      ['cobalt', '#2a4d9b'],
    ]),
  ],
  [zone('wrap', 'wrap', [15, 10, 227.6, 75])],
);
const tee = template(
  'tee',
  {
    kind: 'tee',
    fabric: { gsm: 180, composition: '100% cotton' },
    neckWidthMm: 180,
    frontNeckDropMm: 90,
    backNeckDropMm: 20,
    ribMm: 20,
  },
  [
    size('s', { chestWidthMm: 470, bodyLengthMm: 700, sleeveLengthMm: 190 }),
    size('m', { chestWidthMm: 510, bodyLengthMm: 720, sleeveLengthMm: 200 }),
    size('xl', { chestWidthMm: 590, bodyLengthMm: 770, sleeveLengthMm: 215 }),
  ],
  [
    colour('fabric', 'fabric', 'cotton-jersey', [
      ['white', '#f7f7f5'],
      ['forest', '#2f4f3a'],
    ]),
  ],
  [zone('front', 'front', [0, 120, 260, 320], 'top-centre')],
);
const jeansSize = (id: string, waist: number, hip: number, thigh: number, outseam: number) =>
  size(id, {
    waistMm: waist,
    frontRiseMm: 270,
    backRiseMm: 370,
    hipMm: hip,
    thighMm: thigh,
    kneeMm: 420,
    legOpeningMm: 380,
    inseamMm: 810,
    outseamMm: outseam,
  });
const jeans = template(
  'jeans',
  {
    kind: 'jeans',
    fabric: { weightOz: 12.5, composition: '100% cotton' },
    waistbandMm: 38,
    backPocket: { widthMm: 140, heightMm: 155 },
    patch: { widthMm: 60, heightMm: 35, material: 'leather' },
  },
  [jeansSize('w30', 780, 980, 580, 1060), jeansSize('w34', 880, 1080, 640, 1075)],
  [
    colour('wash', 'fabric', 'denim-twill', [
      ['indigo', '#2e3f66'],
      ['stone', '#6f87a8'],
    ]),
    colour('thread', 'thread', 'cotton-jersey', [
      ['gold', '#d4a017'],
      ['white', '#f0f0f0'],
    ]),
  ],
  [zone('back-pocket', 'back-pocket', [15, 15, 110, 90]), zone('patch', 'waistband-patch', [5, 5, 50, 25])],
);
const tote = assertTemplate(toteStarter());
const FIXTURES: Template[] = [phoneCase, mug, tee, jeans, tote];
// --- end fixtures ---

/** Tags open and close in order (enough to catch broken markup without a DOM). */
function isWellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)\b[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!close) stack.push(name ?? '');
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

/** The x coordinates of a zone outline's path. */
function zoneXs(svg: string, id: string): number[] {
  const d = new RegExp(`data-zone="${id}" d="([^"]+)"`).exec(svg)?.[1] ?? '';
  return [...d.matchAll(/(-?[\d.]+),-?[\d.]+/g)].map((m) => Number(m[1]));
}

/** The y coordinates of a zone outline's path. */
function zoneYs(svg: string, id: string): number[] {
  const d = new RegExp(`data-zone="${id}" d="([^"]+)"`).exec(svg)?.[1] ?? '';
  return [...d.matchAll(/-?[\d.]+,(-?[\d.]+)/g)].map((m) => Number(m[1]));
}

function viewBox(svg: string): number[] {
  return (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
}

describe('productIllustrationSvg', () => {
  it.each(FIXTURES.map((t) => [t.geometry.kind, t] as const))(
    'draws a well-formed, titled %s',
    (_kind, t) => {
      const svg = productIllustrationSvg(t);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.endsWith('</svg>')).toBe(true);
      expect(svg).toContain('role="img"');
      expect(svg).toContain(`<title>${t.name}</title>`);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      expect(isWellFormed(svg)).toBe(true);
    },
  );

  it('sizes the phone case viewBox to the outer case plus padding', () => {
    const outer = phoneCaseOuter(phoneCase.geometry as Parameters<typeof phoneCaseOuter>[0]);
    const [x, y, w, h] = viewBox(productIllustrationSvg(phoneCase));
    expect(x).toBe(-ILLUSTRATION_PADDING_MM);
    expect(y).toBe(-ILLUSTRATION_PADDING_MM);
    expect(w).toBeCloseTo(outer.widthMm + 2 * ILLUSTRATION_PADDING_MM, 1);
    expect(h).toBeCloseTo(outer.heightMm + 2 * ILLUSTRATION_PADDING_MM, 1);
  });

  it('sizes the mug to its diameter plus handle, and the garments to their measurements', () => {
    const [, , mugW] = viewBox(productIllustrationSvg(mug));
    expect(mugW).toBeCloseTo(82 + 30 + 2 * ILLUSTRATION_PADDING_MM, 1);
    const [, , , teeH] = viewBox(productIllustrationSvg(tee, { variantId: 'm' }));
    expect(teeH).toBeCloseTo(720 + 2 * ILLUSTRATION_PADDING_MM, 1);
    const [, , jeansW, jeansH] = viewBox(productIllustrationSvg(jeans, { variantId: 'w34' }));
    expect(jeansH).toBeCloseTo(1075 + 2 * ILLUSTRATION_PADDING_MM, 1);
    expect(jeansW).toBeCloseTo(1080 / 2 + 2 * ILLUSTRATION_PADDING_MM, 0);
  });

  it('dresses the product in the default choice, or the chosen one', () => {
    expect(productIllustrationSvg(phoneCase)).toContain('#1f2a44');
    const sage = productIllustrationSvg(phoneCase, { choices: { 'case-colour': 'sage' } });
    expect(sage).toContain('#9caf88');
    expect(sage).not.toContain('#1f2a44');
    expect(productIllustrationSvg(jeans, { choices: { thread: 'white' } })).toContain('#f0f0f0');
  });

  it('falls back to the default choice and size when asked for unknown ones', () => {
    expect(productIllustrationSvg(mug, { choices: { glaze: 'gold' } })).toContain('#f4f1ea');
    expect(productIllustrationSvg(tee, { variantId: 'xxxl' })).toBe(productIllustrationSvg(tee));
  });

  it('redraws garments when the size changes', () => {
    expect(productIllustrationSvg(tee, { variantId: 's' })).not.toBe(
      productIllustrationSvg(tee, { variantId: 'xl' }),
    );
    expect(viewBox(productIllustrationSvg(tee, { variantId: 'xl' }))[2]).toBeGreaterThan(
      viewBox(productIllustrationSvg(tee, { variantId: 's' }))[2] ?? 0,
    );
    expect(productIllustrationSvg(jeans, { variantId: 'w30' })).not.toBe(
      productIllustrationSvg(jeans, { variantId: 'w34' }),
    );
  });

  it('outlines every zone where it sits on the visible face', () => {
    expect(productIllustrationSvg(phoneCase)).toContain('data-zone="back"');
    expect(productIllustrationSvg(mug)).toContain('data-zone="wrap"');
    expect(productIllustrationSvg(tee)).toContain('data-zone="front"');
    const svg = productIllustrationSvg(jeans);
    expect(svg).toContain('data-zone="back-pocket"');
    expect(svg).toContain('data-zone="patch"');
  });

  it('centres a top-centre print on the tee in every size', () => {
    for (const variantId of ['s', 'xl']) {
      const svg = productIllustrationSvg(tee, { variantId });
      const xs = zoneXs(svg, 'front');
      const [, , w] = viewBox(svg);
      expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo((w ?? 0) / 2 - ILLUSTRATION_PADDING_MM, 1);
    }
  });

  it('colours a two-tone mug inside and handle with the inside choice', () => {
    const inside = colour('inside', 'inside', 'ceramic-gloss', [['red', '#b0172a']]);
    const svg = productIllustrationSvg(assertTemplate({ ...mug, options: [inside, ...mug.options] }));
    expect(svg).toContain('stroke="#b0172a"');
    expect(svg).toContain('fill="#f4f1ea"');
  });

  it('leaves out a mug zone that sits entirely on the far side', () => {
    const c = mugCircumference(mug.geometry as Parameters<typeof mugCircumference>[0]);
    const back = assertTemplate({ ...mug, zones: [zone('back-print', 'wrap', [20, 10, c / 2 - 40, 60])] });
    expect(productIllustrationSvg(back)).not.toContain('data-zone');
  });

  it('escapes the title', () => {
    const svg = productIllustrationSvg(mug, { title: 'Tom & Jerry <3 "mug"' });
    expect(svg).toContain('<title>Tom &amp; Jerry &lt;3 &quot;mug&quot;</title>');
    expect(isWellFormed(svg)).toBe(true);
  });

  it('draws the tote to scale: the panel, the handle loop above it and the front print where it sits', () => {
    const svg = productIllustrationSvg(tote);
    const [, , w, h] = viewBox(svg);
    // The loop is drawn flat-on: its top edge is half the 25 mm webbing above its centre line.
    const rise =
      Math.max(...handleArch(tote.geometry as Parameters<typeof handleArch>[0]).map(([, up]) => up)) + 12.5;
    expect(w).toBeCloseTo(380 + 2 * ILLUSTRATION_PADDING_MM, 1);
    expect(h).toBeCloseTo(420 + rise + 2 * ILLUSTRATION_PADDING_MM, 1);
    // Front print: 280 x 300 mm, centred, 70 mm below the top edge; the back print is not seen.
    const xs = zoneXs(svg, 'front');
    const ys = zoneYs(svg, 'front');
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([50, 330]);
    expect(Math.min(...ys)).toBeCloseTo(rise + 70, 1);
    expect(Math.max(...ys)).toBeCloseTo(rise + 370, 1);
    expect(svg).not.toContain('data-zone="back"');
  });

  it('dresses the tote in the chosen canvas colour', () => {
    expect(productIllustrationSvg(tote)).toContain('fill="#e8dcc3"');
    expect(productIllustrationSvg(tote, { choices: { colour: 'navy' } })).toContain('fill="#222b44"');
  });
});
