import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../templates/catalogue';
import { newDesign, newTextLayer } from './defaults';
import { adaptDesign } from './adapt';

const tee = seedCatalogue()[2]!;

describe('adaptDesign', () => {
  it('keeps a design that fits the template unchanged', () => {
    const design = { ...newDesign(tee), variantId: 'xl', zones: { front: { layers: [newTextLayer(tee.zones[0]!, 'l1', 'Hi')] } } };
    expect(adaptDesign(tee, design)).toEqual(design);
  });

  it('falls back to defaults for a retired size or choice and drops unknown zones', () => {
    const design = { ...newDesign(tee), variantId: '3xl', selection: { colour: 'lime' }, zones: { sleeve: { layers: [] } } };
    expect(adaptDesign(tee, design)).toEqual(newDesign(tee));
  });
});
