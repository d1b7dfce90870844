import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../templates/catalogue';
import { newDesign } from './defaults';
import { createEditorStore } from './store';

const tee = seedCatalogue()[2]!;
const fresh = () => createEditorStore(tee, newDesign(tee));
const layers = (store: ReturnType<typeof fresh>, zone = 'front') =>
  store.getState().design.zones[zone]?.layers ?? [];

describe('editor store', () => {
  it('adds, edits, reorders and removes layers', () => {
    const store = fresh();
    const a = store.getState().addTextLayer('front', 'A');
    const b = store.getState().addImageLayer('front', { id: 'f'.repeat(64), widthPx: 1000, heightPx: 500 });
    expect([a, b]).toEqual(['l1', 'l2']);
    expect(store.getState().selectedLayerId).toBe('l2');
    store.getState().moveLayer('front', a, 'up');
    expect(layers(store).map((l) => l.id)).toEqual(['l2', 'l1']);
    store.getState().updateLayer('front', a, { xMm: 10 });
    expect(layers(store).find((l) => l.id === a)?.xMm).toBe(10);
    store.getState().removeLayer('front', b);
    expect(layers(store).map((l) => l.id)).toEqual(['l1']);
  });

  it('undoes and redoes, merging one gesture into one step', () => {
    const store = fresh();
    const id = store.getState().addTextLayer('front');
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello'])
      store.getState().updateLayer('front', id, { text }, 'typing-1');
    store.getState().setChoice('colour', 'black');
    store.getState().undo();
    expect(store.getState().design.selection.colour).toBe('white');
    store.getState().undo();
    expect(layers(store)[0]).toMatchObject({ text: '' });
    store.getState().undo();
    expect(layers(store)).toEqual([]);
    store.getState().undo(); // nothing left: no-op
    store.getState().redo();
    store.getState().redo();
    expect(layers(store)[0]).toMatchObject({ text: 'Hello' });
    store.getState().setVariant('xl'); // a new edit clears the redo stack
    store.getState().redo();
    expect(store.getState().design.selection.colour).toBe('white');
  });

  it('keeps history bounded', () => {
    const store = fresh();
    for (let i = 0; i < 150; i++) store.getState().setVariant(i % 2 ? 's' : 'm');
    expect(store.getState().past).toHaveLength(100);
  });
});

describe('editor store: layer handling', () => {
  it('selects several layers, the last one picked showing its fields', () => {
    const store = fresh();
    const a = store.getState().addTextLayer('front', 'A');
    const b = store.getState().addTextLayer('front', 'B');
    store.getState().selectLayers([b, a]);
    expect(store.getState()).toMatchObject({ selectedLayerIds: [b, a], selectedLayerId: a });
    store.getState().removeLayers('front', [a]);
    expect(store.getState()).toMatchObject({ selectedLayerIds: [b], selectedLayerId: b });
  });

  it('selects a layer added by its kind (clipart, monogram) as the only one, as keys then move it', () => {
    const store = fresh();
    const a = store.getState().addTextLayer('front', 'A');
    const b = store.getState().addLayer('front', (_zone, id) => ({
      id,
      kind: 'clipart',
      clipartId: 'tabler:heart',
      widthMm: 40,
      colourId: null,
      xMm: 10,
      yMm: 10,
      rotationDeg: 0,
    }));
    expect(b).not.toBe(a);
    expect(store.getState()).toMatchObject({ selectedLayerIds: [b], selectedLayerId: b });
  });

  it('arranges, duplicates, locks and moves a selection, each one undo step', () => {
    const store = fresh();
    const a = store.getState().addTextLayer('front', 'A');
    const b = store.getState().addTextLayer('front', 'B');
    store.getState().arrangeLayers('front', [b], 'back');
    expect(layers(store).map((l) => l.id)).toEqual([b, a]);
    const copies = store.getState().duplicateLayers('front', [a, b]);
    expect(copies).toEqual(['l3', 'l4']);
    expect(layers(store).map((l) => l.id)).toEqual([b, a, 'l3', 'l4']);
    expect(store.getState().selectedLayerIds).toEqual(copies);
    store.getState().toggleLock('front', [a]);
    expect(layers(store).find((l) => l.id === a)?.locked).toBe(true);
    store.getState().updateLayers('front', { [a]: { xMm: 1 }, [b]: { xMm: 2 } }, 'drag');
    store.getState().updateLayers('front', { [a]: { xMm: 3 }, [b]: { xMm: 4 } }, 'drag');
    expect(
      layers(store)
        .map((l) => l.xMm)
        .slice(0, 2),
    ).toEqual([4, 3]);
    store.getState().undo(); // the whole drag
    store.getState().undo(); // the lock
    expect(layers(store).find((l) => l.id === a)?.locked).toBeUndefined();
    store.getState().undo(); // the copies
    expect(layers(store).map((l) => l.id)).toEqual([b, a]);
  });
});
