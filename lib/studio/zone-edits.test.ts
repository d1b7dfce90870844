import { describe, expect, it } from 'vitest';
import { starterDocument } from '../kinds/starters';
import { surfacesFor } from '../templates/geometry';
import { parseTemplate } from '../templates/validate';
import { addZone, removeZone, renameZone } from './zone-edits';

const identity = { slug: 'x', name: 'X', brand: 'B', currency: 'EUR', description: 'D' };

describe('zone edits', () => {
  it('adds a valid zone with its charges, centred on a garment panel and measured from the centre line', () => {
    const tee = starterDocument('tee', identity);
    const { doc, zoneId } = addZone(tee, 'back', tee.sizes.variants[1]!.measurements);
    expect(zoneId).toBe('zone-2');
    expect(doc.zones[1]).toMatchObject({ surface: 'back', anchor: 'top-centre', rect: { xMm: 0 } });
    expect(doc.pricing.zones.map((p) => p.zone)).toEqual(['front', 'zone-2']);
    expect(parseTemplate(doc).ok).toBe(true);
  });

  it('starts a new centred zone exactly on the centre line of every garment panel, whatever its width', () => {
    for (const kind of ['tee', 'jeans'] as const) {
      const doc = starterDocument(kind, identity);
      for (const variant of doc.sizes.variants) {
        const measurements = { ...variant.measurements };
        // An odd width in mm: half of it rounds, and the rounded top-left x is 0.5 mm off centre.
        if ('chestWidthMm' in measurements) measurements.chestWidthMm = 511;
        for (const surface of surfacesFor(doc.geometry, measurements)) {
          expect(
            addZone(doc, surface.id, measurements).doc.zones.at(-1)!.rect.xMm,
            `${kind} ${surface.id}`,
          ).toBe(0);
        }
      }
    }
  });

  it('keeps a drawn rectangle on a hard good as drawn', () => {
    const mug = starterDocument('mug', identity);
    const rect = { xMm: 40, yMm: 10, widthMm: 60, heightMm: 50 };
    const { doc } = addZone(mug, 'wrap', {}, rect);
    expect(doc.zones[1]).toMatchObject({ anchor: 'top-left', rect });
    expect(parseTemplate(doc).ok).toBe(true);
  });

  it('removes a zone with its charges', () => {
    const mug = starterDocument('mug', identity);
    const doc = removeZone(mug, 'wrap');
    expect(doc.zones).toEqual([]);
    expect(doc.pricing.zones).toEqual([]);
  });

  it('renames a zone; before the first publish its id (the file names) follows, with its charges', () => {
    const tee = starterDocument('tee', identity);
    const { doc, zoneId } = renameZone(
      addZone(tee, 'back', tee.sizes.variants[1]!.measurements).doc,
      1,
      'Front print',
      true,
    );
    expect(zoneId).toBe('front-print');
    expect(doc.pricing.zones.map((p) => p.zone)).toEqual(['front', 'front-print']);
    expect(parseTemplate(doc).ok).toBe(true);
    expect(renameZone(doc, 1, 'Back', false)).toMatchObject({
      zoneId: 'front-print',
      doc: { zones: [{}, { name: 'Back', id: 'front-print' }] },
    });
    expect(renameZone(doc, 0, 'Front print', true).zoneId).toBe('front-print-2');
    expect(renameZone(doc, 0, '???', true).zoneId).toBe('front');
  });
});
