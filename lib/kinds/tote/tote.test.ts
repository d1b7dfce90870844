import { describe, expect, it } from 'vitest';
import { catalogueWithStarters, seedCatalogue } from '../../templates/catalogue';
import { fromPriceMinor } from '../../templates/from-price';
import { placeRect, surfacesFor } from '../../templates/geometry';
import { surfaceColour } from '../../templates/surface-colour';
import { assertTemplate, parseTemplate } from '../../templates/validate';
import { productFacts } from '../traits';
import { HANDLE_CLEARANCE_MM, handleArch, handleDrop, handleEndsX } from './layout';
import type { ToteGeometry } from './schema';
import { toteStarter } from './seed';

const tote = assertTemplate(toteStarter());
const geometry = tote.geometry as ToteGeometry;
const overlaps = (a: { xMm: number; yMm: number; widthMm: number; heightMm: number }, b: typeof a) =>
  a.xMm < b.xMm + b.widthMm &&
  b.xMm < a.xMm + a.widthMm &&
  a.yMm < b.yMm + b.heightMm &&
  b.yMm < a.yMm + a.heightMm;

describe('canvas tote starter', () => {
  it('is a valid one-size template, not in the seed catalogue, and a fresh copy each time', () => {
    expect(parseTemplate(toteStarter()).ok).toBe(true);
    expect(tote.sizes.variants).toEqual([
      { id: 'one-size', label: 'One size', measurements: {}, priceDeltaMinor: 0 },
    ]);
    expect(seedCatalogue().map((t) => t.geometry.kind)).not.toContain('tote');
    expect(catalogueWithStarters().map((t) => t.geometry.kind)).toEqual([
      'phone-case',
      'mug',
      'tee',
      'jeans',
      'tote',
      'model',
      'model',
    ]);
    const edited = toteStarter();
    edited.name = 'Changed';
    expect(toteStarter().name).toBe('Canvas Tote');
  });

  it('has 380 x 420 mm front and back panels with the top hem and both handle ends kept out', () => {
    const surfaces = surfacesFor(geometry, {});
    expect(surfaces.map((s) => [s.id, s.widthMm, s.heightMm])).toEqual([
      ['front', 380, 420],
      ['back', 380, 420],
    ]);
    // Handle ends 140 mm apart about the centre line, 25 mm webbing sewn 40 mm down, 5 mm clearance.
    expect(handleEndsX(geometry)).toEqual([120, 260]);
    for (const s of surfaces) {
      expect(s.keepOuts).toEqual([
        { xMm: 0, yMm: 0, widthMm: 380, heightMm: 30, reason: 'top hem' },
        { xMm: 102.5, yMm: 0, widthMm: 35, heightMm: 40 + HANDLE_CLEARANCE_MM, reason: 'handle attachment' },
        { xMm: 242.5, yMm: 0, widthMm: 35, heightMm: 40 + HANDLE_CLEARANCE_MM, reason: 'handle attachment' },
      ]);
    }
  });

  it('places the front and back prints centred, clear of every keep-out', () => {
    expect(tote.zones.map((z) => [z.surface, z.method, z.bleedMm])).toEqual([
      ['front', 'print', 0],
      ['back', 'print', 0],
    ]);
    for (const zone of tote.zones) {
      const surface = surfacesFor(geometry, {}).find((s) => s.id === zone.surface)!;
      const placed = placeRect(zone.rect, zone.anchor, surface);
      expect(placed.xMm * 2 + placed.widthMm).toBeCloseTo(surface.widthMm, 6);
      for (const k of surface.keepOuts)
        expect(overlaps(placed, k), `${zone.id} on the ${k.reason}`).toBe(false);
    }
  });

  it('keeps the handles out of the way when they are sewn on near the panel edge', () => {
    const wide = { ...geometry, handle: { ...geometry.handle, spacingMm: 350 } };
    const [, , right] = surfacesFor(wide, {})[0]!.keepOuts;
    // The end at x = 365 mm reaches 17.5 mm (12.5 + 5) either side, clipped at the 380 mm edge.
    expect(right).toMatchObject({ xMm: 347.5, widthMm: 32.5 });
  });

  it('loops each handle exactly its length, and states the drop pulled up taut', () => {
    const arch = handleArch(geometry);
    const length = arch.reduce(
      (sum, [x, y], i) => (i ? sum + Math.hypot(x - arch[i - 1]![0], y - arch[i - 1]![1]) : 0),
      0,
    );
    expect(length).toBeCloseTo(600, 3);
    expect(arch[0]).toEqual([120, 0]);
    expect(arch.at(-1)![0]).toBeCloseTo(260, 6);
    expect(arch.at(-1)![1]).toBeCloseTo(0, 6);
    // Taut: two straight halves of 300 mm from ends 140 mm apart.
    expect(handleDrop(geometry)).toBeCloseTo(Math.sqrt(300 ** 2 - 70 ** 2), 6);
    expect(Math.max(...arch.map(([, up]) => up))).toBeLessThan(handleDrop(geometry));
  });

  it('states its canvas, size and handles for the product page', () => {
    expect(productFacts(tote)).toEqual([
      '12 oz canvas (407 g/m²)',
      '100% cotton canvas, plain weave',
      '380 × 420 mm, 100 mm gusset',
      'Handles 600 mm long, 292 mm drop',
    ]);
  });

  it('prints on the chosen canvas colour and prices from its base', () => {
    expect(surfaceColour(tote, {}, 'front')).toBe('#e8dcc3');
    expect(surfaceColour(tote, { colour: 'navy' }, 'back')).toBe('#222b44');
    expect(fromPriceMinor(tote)).toBe(1490);
  });
});
