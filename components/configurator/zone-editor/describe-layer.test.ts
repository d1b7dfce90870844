import { describe, expect, it } from 'vitest';
import { imageLayer, textLayer } from '@/lib/render/testing/fixtures';
import { describeLayer } from './describe-layer';

describe('describeLayer', () => {
  it('says what the layer is, where, how big and how turned', () => {
    const layer = textLayer({ text: 'Hello', xMm: 34, yMm: 20.04, rotationDeg: -15 });
    expect(describeLayer(layer, { widthMm: 40, heightMm: 12 }, { index: 0, count: 2 })).toBe(
      'Text “Hello” (layer 1 of 2) at 34 mm, 20 mm, 12 mm high, rotated -15°.',
    );
    expect(describeLayer(imageLayer({ widthMm: 42.25 }), undefined)).toBe(
      'Image at 50 mm, 30 mm, 42.3 mm wide, rotated 0°.',
    );
  });

  it('keeps long and multi-line text short', () => {
    const text = describeLayer(
      textLayer({ text: 'Happy birthday\nto the best dad in the whole world' }),
      undefined,
    );
    expect(text).toContain('“Happy birthday / to the best…”');
  });

  it('says when nothing is selected', () => {
    expect(describeLayer(undefined, undefined)).toBe('No layer selected.');
  });
});
