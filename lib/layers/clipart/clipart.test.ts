// The clipart layer kind: SVG to exact vector paths, drawing in zone colours on the SVG, the
// canvas and the PDF (no fonts, no text), checks per method, and the price per clipart.
import { describe, expect, it } from 'vitest';
import { LIBRARY_CLIPART, type ClipartItem } from '../../clipart/library';
import { clipartDrawing, parsePathData } from '../../clipart/paths';
import { layerSchema } from '../../design/schema';
import { validateDesign } from '../../design/validate';
import { quote } from '../../pricing/quote';
import { elementsBounds, pathDataBounds } from '../../render/element-bounds';
import { paintZoneElements, type Canvas2D } from '../../render/zone-canvas';
import { bleedBox, elementSvg, zoneElements, type RenderContext } from '../../render/zone-svg';
import { buildLineFiles } from '../../spec/line-files';
import {
  defaultDesign,
  lineSource,
  poppler,
  seedTemplate,
  specDeps,
  withLayers,
} from '../../spec/testing/fixtures';
import type { Template, Zone } from '../../templates/schema';
import { newClipartLayer } from './defaults';
import type { ClipartLayer } from './schema';

const BRAND_ID = 'b'.repeat(64);
// Two colours, a group transform, a circle, a rect with round corners and an evenodd path.
const brandArt: ClipartItem = {
  id: BRAND_ID,
  name: 'Badge',
  category: 'Brand',
  svg:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" fill="#000000">' +
    '<g transform="translate(10 5)"><rect width="40" height="40" rx="5" fill="#ff0000"/></g>' +
    '<circle cx="75" cy="25" r="20" fill="#0000ff"/>' +
    '<path fill-rule="evenodd" d="M60 10h30v30h-30zM70 20h10v10h-10z" fill="#ff0000"/></svg>',
  palette: ['#ff0000', '#0000ff'],
  singleColour: false,
  source: 'brand',
};
const ctx: RenderContext = {
  fonts: { font: () => undefined },
  images: {},
  clipart: { [BRAND_ID]: brandArt },
};
const heart = LIBRARY_CLIPART.find((c) => c.id === 'tabler-filled-heart')!;
const outlineIcon = LIBRARY_CLIPART.find((c) => c.svg.includes('stroke-linecap="round"'))!;

function withZone(template: Template, zoneId: string, change: Partial<Zone>): Template {
  return { ...template, zones: template.zones.map((z) => (z.id === zoneId ? { ...z, ...change } : z)) };
}

describe('clipart paths', () => {
  it('reads relative, shorthand and arc commands (with packed flags) into absolute M, L, C, Z', () => {
    const segments = parsePathData('M10 10h5v5l-5 0zm20 0a5 5 0 015 5s2 2 4 0q1 1 2 0t2 0');
    expect(segments.map((s) => s[0]).join('')).toBe('MLLLZMCCCC');
    expect(segments[5]).toEqual(['M', 30, 10]);
    // The arc ends where it was told to.
    expect(segments[6]!.slice(-2)).toEqual([35, 15]);
  });

  it('draws every library icon as parts inside its viewBox', () => {
    for (const item of LIBRARY_CLIPART) {
      const drawing = clipartDrawing(item.svg)!;
      expect(drawing.parts.length, item.id).toBeGreaterThan(0);
    }
  });

  it('applies group transforms and turns shapes into paths', () => {
    const drawing = clipartDrawing(brandArt.svg)!;
    expect(drawing.viewBox).toEqual([0, 0, 100, 50]);
    expect(drawing.parts.map((p) => p.fill)).toEqual(['#ff0000', '#0000ff', '#ff0000']);
    expect(drawing.parts[2]!.evenOdd).toBe(true);
    const rect = drawing.parts[0]!.segments.flatMap((s) => (s[0] === 'Z' ? [] : s.slice(1))) as number[];
    // The rect (0..40) moved by translate(10 5).
    expect(Math.min(...rect.filter((_, i) => i % 2 === 0))).toBeCloseTo(10, 5);
    expect(Math.max(...rect.filter((_, i) => i % 2 === 1))).toBeCloseTo(45, 5);
  });
});

describe('drawing clipart', () => {
  const template = seedTemplate('heavy-cotton-tee');
  const front = template.zones.find((z) => z.id === 'front')!;

  it('recolours every part to the chosen zone colour, sized to its width, as paths with no text', () => {
    const layer: ClipartLayer = {
      ...newClipartLayer(front, 'c1', heart),
      widthMm: 60,
      colourId: front.colours[1]!.id,
    };
    const elements = zoneElements(front, [layer], ctx);
    expect(elements.length).toBeGreaterThan(0);
    for (const e of elements) expect(e).toMatchObject({ kind: 'path', fill: front.colours[1]!.hex });
    const box = pathDataBounds(elements.map((e) => (e.kind === 'path' ? e.pathData : '')).join(''))!;
    expect(box.widthMm).toBeLessThanOrEqual(60.01);
    expect(box.widthMm).toBeGreaterThan(40);
    const svg = elements.map((e) => elementSvg(e)).join('');
    expect(svg).not.toContain('<text');
    expect(svg).toMatch(/^<path d="M[-\d. MLCZ]+"/);
  });

  it('keeps round line ends of outline icons in the SVG and on the canvas', () => {
    const layer = newClipartLayer(front, 'c1', outlineIcon);
    const elements = zoneElements(front, [layer], ctx);
    expect(elementSvg(elements[0]!)).toContain('stroke-linecap="round"');
    const calls: string[] = [];
    const canvas = {
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 0,
      lineCap: 'butt',
      save: () => {},
      restore: () => {},
      setTransform: () => {},
      translate: () => {},
      rotate: () => {},
      clearRect: () => {},
      drawImage: () => {},
      fill: () => calls.push(`fill ${canvas.fillStyle}`),
      stroke: () => calls.push(`stroke ${String(canvas.strokeStyle)} ${canvas.lineCap}`),
    };
    paintZoneElements(canvas as unknown as Canvas2D, front, elements, 100, 100, {
      path: (d) => d as unknown as Path2D,
      image: () => undefined,
    });
    expect(calls).toContain(`stroke ${front.colours[0]!.hex} round`);
  });

  it('draws a brand upload in its own colours in a print zone, inside the bleed box', () => {
    const layer = newClipartLayer(front, 'c1', brandArt);
    expect(layer.colourId).toBeNull();
    const elements = zoneElements(front, [layer], ctx);
    expect(elements.map((e) => (e.kind === 'path' ? e.fill : ''))).toEqual(['#ff0000', '#0000ff', '#ff0000']);
    expect(elementSvg(elements[2]!)).toContain('fill-rule="evenodd"');
    const ink = elementsBounds(elements)!;
    const box = bleedBox(front);
    expect(ink.xMm).toBeGreaterThanOrEqual(box.xMm);
    expect(ink.yMm).toBeGreaterThanOrEqual(box.yMm);
    expect(ink.xMm + ink.widthMm).toBeLessThanOrEqual(box.xMm + box.widthMm);
    expect(ink.yMm + ink.heightMm).toBeLessThanOrEqual(box.yMm + box.heightMm);
  });

  it('round-trips through the design schema', () => {
    const layer = newClipartLayer(front, 'c1', heart);
    expect(layerSchema.parse(JSON.parse(JSON.stringify(layer)))).toEqual(layer);
  });
});

describe('clipart checks', () => {
  const jeans = seedTemplate('five-pocket-jeans');
  const engraving = withZone(jeans, 'patch-engraving', {
    content: { text: true, image: true, clipart: true },
  });
  const patch = engraving.zones.find((z) => z.id === 'patch-engraving')!;
  const issuesOf = (template: Template, zoneId: string, layer: ClipartLayer) =>
    validateDesign(template, withLayers(defaultDesign(template), zoneId, [layer]), ctx).filter(
      (i) => i.layerId === layer.id,
    );

  it('refuses multi-colour clipart in an engraving zone, and takes it in one zone colour', () => {
    const own = { ...newClipartLayer(patch, 'c1', brandArt), colourId: null, widthMm: 40 };
    expect(issuesOf(engraving, 'patch-engraving', own)).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'clipart-multicolour' }),
    );
    const one = { ...own, colourId: 'burn' };
    expect(issuesOf(engraving, 'patch-engraving', one).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('refuses zones without clipart, unknown brand clipart and colours the zone does not offer', () => {
    const layer = { ...newClipartLayer(patch, 'c1', heart), widthMm: 20 };
    expect(issuesOf(jeans, 'patch-engraving', layer)).toContainEqual(
      expect.objectContaining({ code: 'clipart-not-allowed' }),
    );
    expect(issuesOf(engraving, 'patch-engraving', { ...layer, clipartId: 'c'.repeat(64) })).toContainEqual(
      expect.objectContaining({ code: 'clipart-unknown' }),
    );
    expect(issuesOf(engraving, 'patch-engraving', { ...layer, colourId: 'gold' })).toContainEqual(
      expect.objectContaining({ code: 'colour-not-allowed' }),
    );
  });

  it('refuses an outline icon too small to stitch, and takes it larger', () => {
    const embroidery = withZone(engraving, 'patch-engraving', { method: 'embroider' });
    const small = { ...newClipartLayer(patch, 'c1', outlineIcon), widthMm: 8 };
    expect(issuesOf(embroidery, 'patch-engraving', small)).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'line-too-thin' }),
    );
    expect(
      issuesOf(embroidery, 'patch-engraving', { ...small, widthMm: 30 }).filter(
        (i) => i.code === 'line-too-thin',
      ),
    ).toEqual([]);
  });
});

describe('clipart price', () => {
  it('charges per clipart where the brand sets a price', () => {
    const template = seedTemplate('heavy-cotton-tee');
    const front = template.zones.find((z) => z.id === 'front')!;
    const design = withLayers(defaultDesign(template), 'front', [
      newClipartLayer(front, 'c1', heart),
      newClipartLayer(front, 'c2', outlineIcon),
    ]);
    const price = template.pricing.zones.find((p) => p.zone === 'front')!.perClipartMinor!;
    expect(quote(template, design, 1).lines).toContainEqual({
      kind: 'clipart',
      label: 'Front print: 2 clipart',
      unitMinor: 2 * price,
      amountMinor: 2 * price,
    });
  });
});

describe.each([
  ['heavy-cotton-tee', 'front'],
  ['five-pocket-jeans', 'patch-engraving'],
])('print files of clipart on %s %s', (slug, zoneId) => {
  it('are vector paths: SVG without text, PDF without fonts or text, PNG with ink', async () => {
    const template = withZone(seedTemplate(slug), zoneId, {
      content: { text: true, image: true, clipart: true },
    });
    const zone = template.zones.find((z) => z.id === zoneId)!;
    const layers = [
      { ...newClipartLayer(zone, 'c1', heart), widthMm: 25, xMm: zone.rect.widthMm / 3 },
      { ...newClipartLayer(zone, 'c2', brandArt), colourId: zone.colours[0]!.id, widthMm: 30 },
    ];
    const deps = { ...(await specDeps()), clipart: { [BRAND_ID]: brandArt } };
    const built = await buildLineFiles(
      lineSource(template, withLayers(defaultDesign(template), zone.id, layers)),
      deps,
    );
    const file = (ext: string) => built.files.find((f) => f.name.endsWith(`_${zone.id}${ext}`))!.bytes;
    const svg = new TextDecoder().decode(file('.svg'));
    expect(svg).not.toContain('<text');
    expect(svg.match(/<path /g)!.length).toBeGreaterThanOrEqual(4);
    const pdf = file('.pdf');
    expect(poppler('pdffonts', [], pdf).trim().split('\n')).toHaveLength(2);
    expect(poppler('pdftotext', [], pdf).trim()).toBe('');
    expect(file('.png').length).toBeGreaterThan(500);
  });
});
