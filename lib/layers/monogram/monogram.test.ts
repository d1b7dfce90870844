// The monogram layer kind: classic and circle layouts as outlines, the glyph guard, the checks
// per zone, the price per monogram and the print files (no fonts or text in the PDF).
import { beforeAll, describe, expect, it } from 'vitest';
import { layerSchema } from '../../design/schema';
import { validateDesign } from '../../design/validate';
import { quote } from '../../pricing/quote';
import { elementsBounds, pathDataBounds } from '../../render/element-bounds';
import { fontMetricsMm } from '../../render/text-layout';
import { bleedBox, elementSvg, zoneElements, type RenderContext } from '../../render/zone-svg';
import { buildLineFiles } from '../../spec/line-files';
import { serverFontLibrary } from '../../server/fonts';
import {
  defaultDesign,
  lineSource,
  poppler,
  seedTemplate,
  specDeps,
  withLayers,
} from '../../spec/testing/fixtures';
import type { Template, Zone } from '../../templates/schema';
import { newMonogramLayer } from './defaults';
import { layoutMonogram, SIDE_SCALE } from './layout';
import type { MonogramLayer } from './schema';

let ctx: RenderContext;
beforeAll(async () => {
  ctx = { fonts: await serverFontLibrary(), images: {}, clipart: {} };
});

const template = seedTemplate('heavy-cotton-tee');
const front = template.zones.find((z) => z.id === 'front')!;
const monogram = (overrides: Partial<MonogramLayer> = {}): MonogramLayer => ({
  ...newMonogramLayer(front, 'm1', 'classic', 'AJK'),
  fontId: 'roboto-slab-bold',
  sizeMm: 40,
  ...overrides,
});
const issuesOf = (t: Template, zoneId: string, layer: MonogramLayer) =>
  validateDesign(t, withLayers(defaultDesign(t), zoneId, [layer]), ctx).filter((i) => i.layerId === layer.id);
const withZone = (t: Template, zoneId: string, change: Partial<Zone>): Template => ({
  ...t,
  zones: t.zones.map((z) => (z.id === zoneId ? { ...z, ...change } : z)),
});

describe('monogram layouts', () => {
  it('classic: the middle letter larger, capitals centred on one line', () => {
    const font = ctx.fonts.font('roboto-slab-bold')!;
    const out = layoutMonogram(monogram(), font);
    expect(out.smallestCapHeightMm).toBeCloseTo(fontMetricsMm(font, 40 * SIDE_SCALE).capHeightMm, 5);
    const box = pathDataBounds(out.pathData)!;
    // The big J's capital height, centred on 0 (J may descend a little in some fonts).
    expect(box.yMm).toBeCloseTo(-fontMetricsMm(font, 40).capHeightMm / 2, 0);
    expect(out.widthMm).toBeGreaterThan(out.heightMm);
  });

  it('circle: a ring round the letters, as wide as it is high', () => {
    const font = ctx.fonts.font('roboto-slab-bold')!;
    const out = layoutMonogram(monogram({ layout: 'circle' }), font);
    expect(out.widthMm).toBeCloseTo(out.heightMm, 5);
    expect(out.ringMm).toBeGreaterThan(2);
    const box = pathDataBounds(out.pathData)!;
    expect(box.widthMm).toBeCloseTo(out.widthMm, 1);
  });

  it('draws as one filled path in the zone colour, never <text>, inside the bleed box', () => {
    for (const layout of ['classic', 'circle'] as const) {
      const elements = zoneElements(front, [monogram({ layout })], ctx);
      expect(elements).toHaveLength(1);
      expect(elements[0]).toMatchObject({ kind: 'path', fill: front.colours[0]!.hex });
      expect(elementSvg(elements[0]!)).not.toContain('<text');
      const ink = elementsBounds(elements)!;
      const box = bleedBox(front);
      expect(ink.xMm).toBeGreaterThanOrEqual(box.xMm);
      expect(ink.xMm + ink.widthMm).toBeLessThanOrEqual(box.xMm + box.widthMm);
    }
  });

  it('round-trips through the design schema and refuses four letters or spaces', () => {
    const layer = monogram();
    expect(layerSchema.parse(JSON.parse(JSON.stringify(layer)))).toEqual(layer);
    expect(layerSchema.safeParse({ ...layer, letters: 'ABCD' }).success).toBe(false);
    expect(layerSchema.safeParse({ ...layer, letters: 'A B' }).success).toBe(false);
  });
});

describe('monogram checks', () => {
  it('takes the layouts the zone allows and nothing elsewhere', () => {
    expect(issuesOf(template, 'front', monogram()).filter((i) => i.severity === 'error')).toEqual([]);
    const classicOnly = withZone(template, 'front', { monograms: ['classic'] });
    expect(issuesOf(classicOnly, 'front', monogram({ layout: 'circle' }))).toContainEqual(
      expect.objectContaining({ code: 'monogram-layout-not-allowed' }),
    );
    const none = withZone(template, 'front', { monograms: undefined });
    expect(issuesOf(none, 'front', monogram())).toContainEqual(
      expect.objectContaining({ code: 'monogram-not-allowed' }),
    );
  });

  it('guards glyphs the font cannot draw, fonts and colours the zone does not offer', () => {
    expect(issuesOf(template, 'front', monogram({ letters: 'A✓K' }))).toContainEqual(
      expect.objectContaining({ code: 'unsupported-characters', message: expect.stringContaining('“✓”') }),
    );
    expect(issuesOf(template, 'front', monogram({ colourId: 'nope' }))).toContainEqual(
      expect.objectContaining({ code: 'colour-not-allowed' }),
    );
    const oneFont = withZone(template, 'front', { fonts: ['inter-regular'] });
    expect(issuesOf(oneFont, 'front', monogram())).toContainEqual(
      expect.objectContaining({ code: 'font-not-allowed' }),
    );
  });

  it('refuses side letters below an embroidery zone’s smallest letter height', () => {
    const stitched = withZone(template, 'front', {
      method: 'embroider',
      limits: { ...front.limits, minTextHeightMm: 5 },
    });
    expect(issuesOf(stitched, 'front', monogram({ sizeMm: 8 }))).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'text-too-small' }),
    );
  });
});

describe('monogram price', () => {
  it('charges per monogram beside the clipart and shapes', () => {
    const design = withLayers(defaultDesign(template), 'front', [monogram()]);
    const price = template.pricing.zones.find((p) => p.zone === 'front')!.perMonogramMinor!;
    expect(quote(template, design, 2).lines).toContainEqual({
      kind: 'monograms',
      label: 'Front print: 1 monogram',
      unitMinor: price,
      amountMinor: 2 * price,
    });
  });
});

describe('print files of monograms', () => {
  it('are outlines: SVG without text, PDF without fonts or text', async () => {
    const layers = [
      monogram({ xMm: front.rect.widthMm / 2, yMm: 80 }),
      monogram({ id: 'm2', layout: 'circle', yMm: 220 }),
    ];
    const built = await buildLineFiles(
      lineSource(template, withLayers(defaultDesign(template), 'front', layers)),
      await specDeps(),
    );
    const file = (ext: string) => built.files.find((f) => f.name.endsWith(`_front${ext}`))!.bytes;
    const svg = new TextDecoder().decode(file('.svg'));
    expect(svg).not.toContain('<text');
    expect(svg.match(/<path /g)!.length).toBe(2);
    const pdf = file('.pdf');
    expect(poppler('pdffonts', [], pdf).trim().split('\n')).toHaveLength(2);
    expect(poppler('pdftotext', [], pdf).trim()).toBe('');
  });
});
