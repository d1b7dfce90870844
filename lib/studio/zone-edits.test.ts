import { describe, expect, it } from 'vitest';
import { starterDocument } from '../templates/starters';
import { parseTemplate } from '../templates/validate';
import { addZone, removeZone } from './zone-edits';

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
});
