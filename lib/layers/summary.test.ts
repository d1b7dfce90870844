// Each layer kind says what it is in words (the design summary of the saved design, the cart,
// the order and the maker's page), through the registry: no kind switch outside its folder.
import { describe, expect, it } from 'vitest';
import { LIBRARY_CLIPART } from '../clipart/library';
import { newImageLayer, newTextLayer } from '../design/defaults';
import { seedTemplate } from '../spec/testing/fixtures';
import { newClipartLayer } from './clipart/defaults';
import { newMonogramLayer } from './monogram/defaults';
import { layerKind } from './registry';
import { newShapeLayer } from './shape/defaults';

const tee = seedTemplate('heavy-cotton-tee');
const front = tee.zones.find((z) => z.id === 'front')!;
const navy = front.colours.find((c) => c.name === 'Navy')!;
const heart = LIBRARY_CLIPART.find((i) => i.name === 'Heart')!;

describe('layer summaries', () => {
  it('says each kind in words', () => {
    const text = { ...newTextLayer(front, 't', 'Hi'), colourId: navy.id, sizeMm: 12 };
    expect(layerKind(text).summary(front, text)).toMatch(/^Text “Hi” in .+ at 12 mm, Navy$/);
    const image = {
      ...newImageLayer(front, 'i', 'f'.repeat(64), 400, 300),
      widthMm: 120,
      crop: { x: 0, y: 0, w: 0.5, h: 1 },
      mask: { shape: 'circle' as const },
    };
    expect(layerKind(image).summary(front, image)).toBe('Image, 120 mm wide, cropped, cut to a circle');
    const star = {
      ...newShapeLayer(front, 's', 'star'),
      widthMm: 40,
      heightMm: 40,
      fillColourId: navy.id,
      strokeColourId: null,
    };
    expect(layerKind(star).summary(front, star)).toBe('Star, 40 mm × 40 mm, fill Navy');
    const clipart = { ...newClipartLayer(front, 'c', heart), widthMm: 50, colourId: navy.id };
    expect(layerKind(clipart).summary(front, clipart)).toBe('Clipart “Heart”, 50 mm wide, Navy');
    const monogram = { ...newMonogramLayer(front, 'm', 'classic', 'AJK'), sizeMm: 20, colourId: navy.id };
    expect(layerKind(monogram).summary(front, monogram)).toMatch(/^Monogram “AJK”, classic.*, 20 mm, Navy$/);
  });
});
