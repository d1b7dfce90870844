import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderContext } from '../render/zone-svg';
import { serverFontLibrary } from '../server/fonts';
import { seedCatalogue } from '../templates/catalogue';
import { toteStarter } from '../kinds/tote/seed';
import { assertTemplate } from '../templates/validate';
import type { Template } from '../templates/schema';
import { newDesign, newImageLayer, newTextLayer } from './defaults';
import type { Design, Layer } from './schema';
import { canProduce, validateDesign } from './validate';

const [phoneCase, mug, , jeans] = seedCatalogue() as [Template, Template, Template, Template];
const UPLOAD = 'b'.repeat(64);
let ctx: RenderContext;

beforeAll(async () => {
  ctx = {
    fonts: await serverFontLibrary(),
    images: { [UPLOAD]: { widthPx: 1600, heightPx: 1200, href: 'data:,' } },
  };
});

const design = (
  template: Template,
  zoneId: string,
  layers: Layer[],
  patch: Partial<Design> = {},
): Design => ({
  ...newDesign(template),
  zones: { [zoneId]: { layers } },
  ...patch,
});
const codes = (template: Template, d: Design) =>
  validateDesign(template, d, ctx).map((i) => `${i.severity}:${i.code}`);

describe('design validation', () => {
  it('accepts a fresh design and a sensible text layer', () => {
    const zone = jeans.zones[0]!;
    const d = design(jeans, zone.id, [newTextLayer(zone, 't1', 'J.D.')]);
    expect(validateDesign(jeans, d, ctx)).toEqual([]);
    expect(validateDesign(mug, newDesign(mug), ctx)).toEqual([]);
  });

  it('blocks text over the character limit and says how much to remove', () => {
    const zone = jeans.zones[0]!;
    const issues = validateDesign(
      jeans,
      design(jeans, zone.id, [newTextLayer(zone, 't1', 'ABCDEFGHIJKLMN')]),
      ctx,
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'too-many-characters',
        message: 'Back pocket embroidery takes at most 12 characters; you have 14. Remove 2.',
      }),
    );
    expect(canProduce(issues)).toBe(false);
  });

  it('blocks too many lines or layers, a disallowed font or colour, and content a zone does not take', () => {
    const zone = jeans.zones[0]!;
    const text = { ...newTextLayer(zone, 't1', 'A\nB'), fontId: 'pacifico-x', colourId: 'pink' };
    const image = newImageLayer(zone, 'i1', UPLOAD, 1600, 1200);
    expect(codes(jeans, design(jeans, zone.id, [text, image]))).toEqual(
      expect.arrayContaining([
        'error:too-many-layers',
        'error:too-many-lines',
        'error:font-not-allowed',
        'error:colour-not-allowed',
        'error:image-not-allowed',
      ]),
    );
  });

  it('blocks a combination the template forbids, with the brand’s reason', () => {
    const d = { ...newDesign(phoneCase), selection: { finish: 'clear', grip: 'ribbed' } };
    expect(validateDesign(phoneCase, d, ctx)).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'forbidden-combination',
        message: expect.stringMatching(/^Ribbed grip sides are moulded/),
      }),
    ]);
  });

  it('blocks embroidery letters under the minimum height and suggests a size', () => {
    const zone = jeans.zones[0]!;
    const small = { ...newTextLayer(zone, 't1', 'JD'), sizeMm: 5 };
    const [issue] = validateDesign(jeans, design(jeans, zone.id, [small]), ctx);
    expect(issue).toMatchObject({ severity: 'error', code: 'text-too-small' });
    expect(issue?.message).toMatch(
      /^Letters are 3\.6 mm tall; embroidery needs at least 5 mm\. Set the size to 6\.9 mm or more\.$/,
    );
  });

  it('warns, without blocking, about a low-resolution image and suggests the largest good width', () => {
    const zone = mug.zones[0]!;
    const tiny = 'c'.repeat(64);
    const d = design(mug, zone.id, [{ ...newImageLayer(zone, 'i1', tiny, 64, 48), widthMm: 60 }]);
    const issues = validateDesign(mug, d, {
      ...ctx,
      images: { [tiny]: { widthPx: 64, heightPx: 48, href: 'data:,' } },
    });
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'low-resolution',
        message:
          'This image is 27 dpi at 60 mm wide and may print blurry (150 dpi needed). Print it at most 10.8 mm wide, or upload a larger image.',
      }),
    ]);
    expect(canProduce(issues)).toBe(true);
  });

  it('warns about layers outside the safe area, outside the zone and over a keep-out', () => {
    const zone = phoneCase.zones[0]!;
    const text = newTextLayer(zone, 't1', 'EDGE');
    expect(codes(phoneCase, design(phoneCase, zone.id, [{ ...text, xMm: 2 }]))).toEqual([
      'warning:outside-safe-area',
    ]);
    expect(codes(phoneCase, design(phoneCase, zone.id, [{ ...text, xMm: -200 }]))).toEqual([
      'warning:outside-zone',
    ]);
    // The camera cut-out sits at 5.5-29.5 mm from the case's left edge; the zone starts 3 mm in.
    expect(codes(phoneCase, design(phoneCase, zone.id, [{ ...text, xMm: 15, yMm: 20, sizeMm: 6 }]))).toEqual([
      'warning:keep-out',
    ]);
  });

  it("warns when a tote print reaches the top hem or a handle's sewn-on end", () => {
    // A brand moved the front print up to 20 mm below the top edge: into the hem (30 mm) and
    // the handle ends (x 102.5-137.5 and 242.5-277.5 mm on the panel, down to 45 mm).
    const doc = toteStarter();
    doc.zones[0]!.rect.yMm = 20;
    const tote = assertTemplate(doc);
    const zone = tote.zones[0]!;
    const text = { ...newTextLayer(zone, 't1', 'TOP'), sizeMm: 8 };
    // The zone's left edge is 50 mm in, so the left handle end is at zone x 52.5-87.5 mm.
    // The hem ends at zone y 10 mm, where the 10 mm safe area starts too.
    const issues = validateDesign(tote, design(tote, zone.id, [{ ...text, xMm: 70, yMm: 10 }]), ctx);
    expect(issues.filter((i) => i.code === 'keep-out').map((i) => i.message)).toEqual([
      'Part of this layer falls on the top hem and will not be made there.',
      'Part of this layer falls on the handle attachment and will not be made there.',
    ]);
    expect(codes(tote, design(tote, zone.id, [{ ...text, xMm: 140, yMm: 40 }]))).toEqual([]);
  });

  it('blocks characters the chosen font cannot write', () => {
    const zone = mug.zones[0]!;
    const issues = validateDesign(mug, design(mug, zone.id, [newTextLayer(zone, 't1', 'Hi ☃')]), ctx);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'unsupported-characters',
        message: 'This font cannot write "☃". Remove it or choose another font.',
      }),
    ]);
  });

  it('rejects unknown sizes, choices and zones', () => {
    const d: Design = {
      ...newDesign(mug),
      variantId: 'xl',
      selection: { inside: 'gold', glaze: 'gloss' },
      zones: { lid: { layers: [] } },
    };
    expect(codes(mug, d)).toEqual(['error:unknown-size', 'error:unknown-choice', 'error:unknown-zone']);
  });

  it('rejects an option the product does not have, next to valid choices', () => {
    const d: Design = {
      ...newDesign(mug),
      selection: { ...newDesign(mug).selection, 'free-upgrade': 'yes' },
    };
    expect(validateDesign(mug, d)).toEqual([
      { severity: 'error', code: 'unknown-option', message: 'This product has no option "free-upgrade".' },
    ]);
    expect(codes(mug, newDesign(mug))).toEqual([]);
  });
});
