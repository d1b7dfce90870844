// The text toolkit: arc text on its circle, outlines as wide as set, fit-to-box, the glyph
// guard, and print files with no fonts and no text.
import type { Font } from 'opentype.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDesign } from '../../design/validate';
import { textLayerSchema } from '../../design/schema';
import type { FontLibrary } from '../../render/fonts';
import { zone as printZone, textLayer } from '../../render/testing/fixtures';
import { elementSvg, zoneElements } from '../../render/zone-svg';
import { serverFontLibrary } from '../../server/fonts';
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
import { layoutArcText } from './arc';
import { missingCharacters, withoutMissing } from './glyphs';
import { layoutTextLayer } from './layout';

let fonts: FontLibrary;
let inter: Font;
beforeAll(async () => {
  fonts = await serverFontLibrary();
  inter = fonts.font('inter-regular')!;
});

/** The centre of each closed contour's box (one per letter for letters of one contour, like H). */
function contourCentres(pathData: string): Array<{ x: number; y: number }> {
  return pathData
    .split('M')
    .filter(Boolean)
    .map((contour) => {
      const v = (contour.match(/-?\d*\.?\d+/g) ?? []).map(Number);
      const xs = v.filter((_, i) => i % 2 === 0);
      const ys = v.filter((_, i) => i % 2 === 1);
      return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
    });
}

describe('arc text', () => {
  it.each(['up', 'down'] as const)(
    'puts every glyph centre on the circle within 0.2 mm, reading %s',
    (direction) => {
      const layer = textLayer({ text: 'HHHHHHH', sizeMm: 10, letterSpacingMm: 1 });
      const layout = layoutArcText(layer, inter, { radiusMm: 40, direction });
      const centres = contourCentres(layout.pathData);
      expect(centres).toHaveLength(7);
      for (const c of centres)
        expect(Math.abs(Math.hypot(c.x - layout.centreMm.xMm, c.y - layout.centreMm.yMm) - 40)).toBeLessThan(
          0.2,
        );
      // Over the top the circle's centre is below the letters; along the bottom, above them.
      expect(layout.centreMm.yMm > 0).toBe(direction === 'up');
      // Reading order: left to right in both directions.
      const xs = centres.map((c) => c.x);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    },
  );

  it('is drawn by the zone renderer as outlines, with a box around the curve', () => {
    const layer = textLayer({ text: 'CIRCLE', arc: { radiusMm: 25, direction: 'up' } });
    const [element] = zoneElements(printZone, [layer], { fonts, images: {} });
    expect(element?.kind).toBe('path');
    const straight = layoutTextLayer(textLayer({ text: 'CIRCLE' }), inter);
    const curved = layoutTextLayer(layer, inter);
    expect(curved.heightMm).toBeGreaterThan(straight.heightMm);
  });
});

describe('text outline', () => {
  it('draws the outline as wide as set, within 0.05 mm, in the SVG and the PDF', async () => {
    const layer = textLayer({ text: 'Outline', strokeColourId: 'red', strokeWidthMm: 0.6 });
    const [element] = zoneElements(printZone, [layer], { fonts, images: {} });
    expect(element).toMatchObject({ fill: '#111111', stroke: { colour: '#c0392b', widthMm: 0.6 } });
    expect(Math.abs(Number(/stroke-width="([\d.]+)"/.exec(elementSvg(element!))![1]) - 0.6)).toBeLessThan(
      0.05,
    );
    const pdf = await zoneElementsContent({} as never, [element!], {} as never, [1, 0, 0, 1, 0, 0]);
    expect(Math.abs(Number(/([\d.]+) w/.exec(pdf)![1]) - 0.6)).toBeLessThan(0.05);
  });

  it('warns of an outline thinner than the method holds', () => {
    const template = seedTemplate('heavy-cotton-tee');
    const front = template.zones.find((z) => z.id === 'front')!;
    const layer = {
      ...textLayer({ fontId: front.fonts[0]!, colourId: front.colours[0]!.id }),
      strokeColourId: front.colours[0]!.id,
      strokeWidthMm: 0.1,
    };
    const issues = validateDesign(template, withLayers(defaultDesign(template), 'front', [layer]), {
      fonts,
      images: {},
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'line-too-thin', severity: 'warning' }));
  });
});

describe('fit to box', () => {
  it('shrinks the text until it fits, and never grows it', () => {
    const layer = textLayer({
      text: 'A rather long line',
      sizeMm: 20,
      fit: { widthMm: 60, heightMm: 30, minSizeMm: 2 },
    });
    const layout = layoutTextLayer(layer, inter);
    expect(layout.fits).toBe(true);
    expect(layout.sizeMm).toBeLessThan(20);
    expect(layout.widthMm).toBeLessThanOrEqual(60);
    expect(layout.widthMm).toBeGreaterThan(58);
    expect(layoutTextLayer({ ...layer, text: 'Hi' }, inter).sizeMm).toBe(20);
  });

  it('stops at the minimum size and says it cannot fit', () => {
    const layer = textLayer({
      text: 'Far too long for this tiny box',
      sizeMm: 10,
      fit: { widthMm: 20, heightMm: 10, minSizeMm: 4 },
    });
    const layout = layoutTextLayer(layer, inter);
    expect(layout).toMatchObject({ sizeMm: 4, fits: false });
    const issues = validateDesign(
      { ...seedTemplate('heavy-cotton-tee'), zones: [{ ...printZone, surface: 'front' }] },
      withLayers(defaultDesign(seedTemplate('heavy-cotton-tee')), 'front', [layer]),
      { fonts, images: {} },
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'text-does-not-fit',
        message: expect.stringMatching(/does not fit its 20 × 10 mm box even at the smallest size, 4 mm/),
      }),
    );
  });
});

describe('glyph guard', () => {
  it('names emoji (whole, however many code points) and characters the font lacks', () => {
    expect(missingCharacters('Hi 👍🏽 ☃ é', inter)).toEqual(['👍🏽', '☃']);
    expect(withoutMissing('Hi👍🏽!', inter)).toEqual({ text: 'Hi!', removed: ['👍🏽'] });
  });

  it('is refused by design validation, which the server runs before saving and ordering', () => {
    const template = seedTemplate('heavy-cotton-tee');
    const front = template.zones.find((z) => z.id === 'front')!;
    const layer = textLayer({ text: 'Love 😀', fontId: front.fonts[0]!, colourId: front.colours[0]!.id });
    const issues = validateDesign(template, withLayers(defaultDesign(template), 'front', [layer]), {
      fonts,
      images: {},
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'unsupported-characters',
        message: expect.stringContaining('"😀"'),
      }),
    );
  });
});

describe('saved designs', () => {
  it('still parse without the toolkit fields, and render as before', () => {
    const old = {
      id: 't1',
      kind: 'text',
      text: 'Old',
      fontId: 'inter-regular',
      colourId: 'black',
      sizeMm: 10,
      align: 'centre',
      letterSpacingMm: 0,
      lineHeight: 1.2,
      xMm: 50,
      yMm: 30,
      rotationDeg: 0,
    };
    const parsed = textLayerSchema.parse(old);
    expect(parsed).toEqual(old);
    expect(zoneElements(printZone, [parsed], { fonts, images: {} })[0]).not.toHaveProperty('stroke');
  });
});

describe('print files with arc text and outlines', () => {
  it('has no fonts and no text in the PDF, and no <text> in the SVG', async () => {
    const template = seedTemplate('heavy-cotton-tee');
    const front = template.zones.find((z) => z.id === 'front')!;
    const layer = {
      ...textLayer({
        text: 'On a circle',
        fontId: front.fonts[0]!,
        colourId: front.colours[0]!.id,
        xMm: front.rect.widthMm / 2,
        yMm: front.rect.heightMm / 2,
        sizeMm: 20,
      }),
      arc: { radiusMm: 90, direction: 'up' as const },
      strokeColourId: front.colours.at(-1)!.id,
      strokeWidthMm: 1,
    };
    const built = await buildLineFiles(
      lineSource(template, withLayers(defaultDesign(template), 'front', [layer])),
      await specDeps(),
    );
    const file = (ext: string) => built.files.find((f) => f.name.endsWith(`_front${ext}`))!.bytes;
    expect(poppler('pdffonts', [], file('.pdf')).trim().split('\n')).toHaveLength(2);
    expect(poppler('pdftotext', [], file('.pdf')).trim()).toBe('');
    const svg = new TextDecoder().decode(file('.svg'));
    expect(svg).not.toContain('<text');
    expect(svg).toContain('stroke-width="1"');
  });
});
