import { describe, expect, it } from 'vitest';
import { textLayer } from '@/lib/render/testing/fixtures';
import { designSchema } from './schema';
import {
  alignPatches,
  arrangeLayers,
  clickSelection,
  duplicateLayers,
  isLocked,
  toggleLocked,
} from './layer-ops';
import type { Layer } from './schema';

const stack = (...ids: string[]): Layer[] => ids.map((id) => textLayer({ id }));
const ids = (layers: Layer[]) => layers.map((l) => l.id);

describe('arrangeLayers', () => {
  const layers = stack('a', 'b', 'c', 'd'); // a at the back, d at the front

  it('moves one layer forward, backward, to the front and to the back', () => {
    expect(ids(arrangeLayers(layers, ['b'], 'forward'))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(arrangeLayers(layers, ['b'], 'backward'))).toEqual(['b', 'a', 'c', 'd']);
    expect(ids(arrangeLayers(layers, ['b'], 'front'))).toEqual(['a', 'c', 'd', 'b']);
    expect(ids(arrangeLayers(layers, ['c'], 'back'))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('leaves a layer already at the end where it is', () => {
    expect(ids(arrangeLayers(layers, ['d'], 'forward'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(arrangeLayers(layers, ['a'], 'backward'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('moves several layers together, keeping their own order', () => {
    expect(ids(arrangeLayers(layers, ['a', 'b'], 'forward'))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(arrangeLayers(layers, ['a', 'c'], 'front'))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(arrangeLayers(layers, ['c', 'd'], 'forward'))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('duplicateLayers', () => {
  it('copies with new ids, offset, just above the front-most original', () => {
    const layers = stack('a', 'b', 'c');
    let n = 0;
    const result = duplicateLayers(layers, ['a', 'b'], () => `n${++n}`, 5);
    expect(ids(result.layers)).toEqual(['a', 'b', 'n1', 'n2', 'c']);
    expect(result.ids).toEqual(['n1', 'n2']);
    const [a, copy] = [layers[0]!, result.layers[2]!];
    expect(copy).toMatchObject({ ...a, id: 'n1', xMm: a.xMm + 5, yMm: a.yMm + 5 });
  });
});

describe('toggleLocked', () => {
  it('locks a mixed selection, unlocks a locked one, and removes the field when unlocked', () => {
    const layers = stack('a', 'b');
    const locked = toggleLocked(toggleLocked(layers, ['a']), ['a', 'b']);
    expect(locked.map(isLocked)).toEqual([true, true]);
    const unlocked = toggleLocked(locked, ['a', 'b']);
    expect(unlocked.map(isLocked)).toEqual([false, false]);
    expect('locked' in unlocked[0]!).toBe(false);
  });

  it('keeps old designs valid: unset and set both parse', () => {
    const design = {
      schemaVersion: 1,
      variantId: 'm',
      selection: {},
      zones: { front: { layers: stack('a') } },
    };
    expect(designSchema.safeParse(design).success).toBe(true);
    const withLock = { ...design, zones: { front: { layers: toggleLocked(stack('a'), ['a']) } } };
    expect(designSchema.parse(withLock).zones.front?.layers[0]?.locked).toBe(true);
  });
});

describe('alignPatches', () => {
  const zone = { widthMm: 100, heightMm: 60 };
  // A layer centred at (30, 20) whose rotated bounds are 20 x 10 mm.
  const layer = textLayer({ id: 'a', xMm: 30, yMm: 20 });
  const box = { left: 20, right: 40, top: 15, bottom: 25 };

  it('aligns the rotated bounds to each edge and centre line', () => {
    const at = (to: Parameters<typeof alignPatches>[2]) => alignPatches(zone, [{ layer, box }], to).a;
    expect(at('left')).toEqual({ xMm: 10 });
    expect(at('right')).toEqual({ xMm: 90 });
    expect(at('centre')).toEqual({ xMm: 50 });
    expect(at('top')).toEqual({ yMm: 5 });
    expect(at('bottom')).toEqual({ yMm: 55 });
    expect(at('middle')).toEqual({ yMm: 30 });
  });

  it('uses the bounds, not the centre, when they are off-centre (a turned or arced layer)', () => {
    expect(alignPatches(zone, [{ layer, box: { ...box, left: 24 } }], 'left').a).toEqual({ xMm: 6 });
  });

  it('leaves locked layers alone', () => {
    expect(alignPatches(zone, [{ layer: { ...layer, locked: true }, box }], 'left')).toEqual({});
  });
});

describe('clickSelection', () => {
  it('replaces the selection, or toggles a layer with a modifier', () => {
    expect(clickSelection(['a'], 'b', false)).toEqual(['b']);
    expect(clickSelection(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(clickSelection(['a', 'b'], 'a', true)).toEqual(['b']);
  });
});
