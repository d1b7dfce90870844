// The shape layer kind: outlines to the millimetre, stroke as set, checks, price, and the
// print files of every shape in a print, an engraving and an embroidery zone.
import { describe, expect, it } from 'vitest';
import { validateDesign } from '../../design/validate';
import { layerSchema } from '../../design/schema';
import { quote } from '../../pricing/quote';
import { pathDataBounds } from '../../render/element-bounds';
import { zone as printZone } from '../../render/testing/fixtures';
import { elementSvg, zoneElements, type RenderContext } from '../../render/zone-svg';
import { buildLineFiles } from '../../spec/line-files';
import {
  defaultDesign,
  lineSource,
  poppler,
  seedTemplate,
  specDeps,
  withLayers,
} from '../../spec/testing/fixtures';
import { zoneElementsContent } from '../../spec/zone-pdf';
import type { Zone } from '../../templates/schema';
import { newShapeLayer } from './defaults';
import { shapeOutline } from './outline';
import { SHAPES, type ShapeLayer } from './schema';

const ctx: RenderContext = { fonts: { font: () => undefined }, images: {} };

function shape(overrides: Partial<ShapeLayer> = {}): ShapeLayer {
  return { ...newShapeLayer(printZone, 's1', 'rectangle'), ...overrides };
}

describe('shape outlines', () => {
  it.each(SHAPES.filter((s) => s !== 'line'))('draws a %s exactly in its box', (name) => {
    const box = pathDataBounds(shapeOutline({ shape: name, widthMm: 40, heightMm: 24, cornerRadiusMm: 5 }))!;
    expect(box.xMm).toBeCloseTo(-20, 2);
    expect(box.yMm).toBeCloseTo(-12, 2);
    expect(box.widthMm).toBeCloseTo(40, 2);
    expect(box.heightMm).toBeCloseTo(24, 2);
  });

  it('runs a line along its width through the centre', () => {
    expect(shapeOutline({ shape: 'line', widthMm: 30, heightMm: 1, cornerRadiusMm: 0 })).toBe('M-15 0L15 0');
  });

  it('caps a corner radius at half the shorter side', () => {
    const capped = shapeOutline({
      shape: 'rounded-rectangle',
      widthMm: 40,
      heightMm: 10,
      cornerRadiusMm: 50,
    });
    expect(capped).toBe(
      shapeOutline({ shape: 'rounded-rectangle', widthMm: 40, heightMm: 10, cornerRadiusMm: 5 }),
    );
  });
});

describe('drawing a shape', () => {
  it('fills and strokes in zone colours with the stroke width as set, in the SVG and the PDF', async () => {
    const layer = shape({ shape: 'star', fillColourId: 'red', strokeColourId: 'black', strokeWidthMm: 1.2 });
    const [element] = zoneElements(printZone, [layer], ctx);
    expect(element).toMatchObject({ fill: '#c0392b', stroke: { colour: '#111111', widthMm: 1.2 } });
    const svg = elementSvg(element!);
    expect(Number(/stroke-width="([\d.]+)"/.exec(svg)![1])).toBeCloseTo(1.2, 2);
    expect(svg).toContain('stroke="#111111"');
    const pdf = await zoneElementsContent({} as never, [element!], {} as never, [1, 0, 0, 1, 0, 0]);
    expect(Number(/([\d.]+) w/.exec(pdf)![1])).toBeCloseTo(1.2, 2);
    expect(pdf).toMatch(/\nB\n/);
  });

  it('draws a line as a stroke only, and nothing for a shape with neither fill nor outline', () => {
    const [line] = zoneElements(
      printZone,
      [shape({ shape: 'line', fillColourId: 'red', strokeColourId: 'black', strokeWidthMm: 2 })],
      ctx,
    );
    expect(line).toMatchObject({ fill: 'none', stroke: { widthMm: 2 } });
    expect(zoneElements(printZone, [shape({ fillColourId: null, strokeColourId: null })], ctx)).toEqual([]);
  });
});

describe('shape checks', () => {
  const template = seedTemplate('heavy-cotton-tee');
  const front = template.zones.find((z) => z.id === 'front')!;
  const check = (zone: Zone, layer: ShapeLayer) =>
    validateDesign(template, withLayers(defaultDesign(template), zone.id, [layer]), ctx).filter(
      (i) => i.layerId === layer.id,
    );

  it('warns of an outline thinner than the print minimum, and refuses one in embroidery', () => {
    const thin = {
      ...newShapeLayer(front, 's1', 'ellipse'),
      strokeColourId: front.colours[0]!.id,
      strokeWidthMm: 0.1,
    };
    expect(check(front, thin)).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'line-too-thin' }),
    ]);
    const embroidery: Zone = { ...front, method: 'embroider' };
    const onEmbroidery = {
      ...template,
      zones: template.zones.map((z) => (z.id === 'front' ? embroidery : z)),
    };
    const issues = validateDesign(
      onEmbroidery,
      withLayers(defaultDesign(onEmbroidery), 'front', [{ ...thin, strokeWidthMm: 0.5 }]),
      ctx,
    );
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'error', code: 'line-too-thin' }));
  });

  it('refuses colours the zone does not offer, invisible shapes and zones without shapes', () => {
    expect(
      check(front, { ...newShapeLayer(front, 's1', 'heart'), fillColourId: 'no-such-colour' }),
    ).toContainEqual(expect.objectContaining({ code: 'colour-not-allowed' }));
    expect(check(front, { ...newShapeLayer(front, 's1', 'heart'), fillColourId: null })).toContainEqual(
      expect.objectContaining({ code: 'shape-invisible' }),
    );
    const textOnly: Zone = { ...front, content: { text: true, image: true, shape: false } };
    const noShapes = { ...template, zones: template.zones.map((z) => (z.id === 'front' ? textOnly : z)) };
    const issues = validateDesign(
      noShapes,
      withLayers(defaultDesign(noShapes), 'front', [newShapeLayer(front, 's1', 'star')]),
      ctx,
    );
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'error', code: 'shape-not-allowed' }));
  });

  it('round-trips through the design schema; old designs without shapes still parse', () => {
    const layer = newShapeLayer(front, 's1', 'rounded-rectangle');
    expect(layerSchema.parse(JSON.parse(JSON.stringify(layer)))).toEqual(layer);
    const { cornerRadiusMm: _omitted, ...withoutRadius } = layer;
    expect(layerSchema.parse(withoutRadius)).toMatchObject({ cornerRadiusMm: 0 });
  });
});

describe('shape price', () => {
  const template = seedTemplate('heavy-cotton-tee');
  const front = template.zones.find((z) => z.id === 'front')!;
  const design = withLayers(defaultDesign(template), 'front', [
    newShapeLayer(front, 's1', 'star'),
    newShapeLayer(front, 's2', 'heart'),
  ]);

  it('charges per shape where the brand sets a price, and nothing extra where it does not', () => {
    expect(quote(template, design, 1).lines.some((l) => l.kind === 'shapes')).toBe(false);
    const priced = {
      ...template,
      pricing: {
        ...template.pricing,
        zones: template.pricing.zones.map((p) => (p.zone === 'front' ? { ...p, perShapeMinor: 150 } : p)),
      },
    };
    expect(quote(priced, design, 1).lines).toContainEqual({
      kind: 'shapes',
      label: 'Front print: 2 shapes',
      unitMinor: 300,
      amountMinor: 300,
    });
  });
});

describe.each([
  ['heavy-cotton-tee', 'front'],
  ['five-pocket-jeans', 'patch-engraving'],
  ['five-pocket-jeans', 'pocket-embroidery'],
])('print files of %s %s', (slug, zoneId) => {
  it('draws every shape as vector paths: SVG with no text, PDF with no fonts or text, PNG with ink', async () => {
    const template = seedTemplate(slug);
    const zone = template.zones.find((z) => z.id === zoneId)!;
    const layers = SHAPES.map((name, i) => {
      const layer = newShapeLayer(zone, `s${i}`, name);
      const small = Math.min(zone.rect.widthMm, zone.rect.heightMm) / 4;
      return {
        ...layer,
        widthMm: small,
        heightMm: name === 'line' ? 1 : small,
        strokeColourId: zone.colours[0]!.id,
        strokeWidthMm: 1,
        xMm: small * (0.8 + (i % 3)),
        yMm: small * (1 + Math.floor(i / 3)),
      };
    });
    const built = await buildLineFiles(
      lineSource(template, withLayers(defaultDesign(template), zone.id, layers)),
      await specDeps(),
    );
    const file = (ext: string) => built.files.find((f) => f.name.endsWith(`_${zone.id}${ext}`))!.bytes;
    const svg = new TextDecoder().decode(file('.svg'));
    expect(svg).not.toContain('<text');
    expect(svg.match(/<path /g)!.length).toBeGreaterThanOrEqual(SHAPES.length);
    expect(svg).toContain('stroke-width="1"');
    const pdf = file('.pdf');
    expect(poppler('pdffonts', [], pdf).trim().split('\n')).toHaveLength(2);
    expect(poppler('pdftotext', [], pdf).trim()).toBe('');
    expect(file('.png').length).toBeGreaterThan(1000);
  });
});

describe('shape facts', () => {
  it('lists every shape in spec.json, with its colours among the zone colours', async () => {
    const template = seedTemplate('heavy-cotton-tee');
    const front = template.zones.find((z) => z.id === 'front')!;
    const [fill, outline] = [front.colours[3]!.id, front.colours[4]!.id];
    const star = {
      ...newShapeLayer(front, 's1', 'star'),
      fillColourId: fill,
      strokeColourId: outline,
      strokeWidthMm: 1.5,
    };
    const built = await buildLineFiles(
      lineSource(template, withLayers(defaultDesign(template), 'front', [star])),
      await specDeps(),
    );
    const spec = JSON.parse(
      new TextDecoder().decode(built.files.find((f) => f.name.endsWith('spec.json'))!.bytes),
    ) as {
      zones: Array<{ id: string; shapes?: unknown[]; colours: Array<{ id: string }> }>;
    };
    const zone = spec.zones.find((z) => z.id === 'front')!;
    expect(zone.shapes).toEqual([
      expect.objectContaining({
        shape: 'star',
        fillColourId: fill,
        outline: { colourId: outline, widthMm: 1.5 },
      }),
    ]);
    expect(zone.colours.map((c) => c.id)).toEqual([fill, outline]);
  });
});
