import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../templates/catalogue';
import { newDesign } from './defaults';
import { createEditorStore } from './store';

const tee = seedCatalogue()[2]!;
const fresh = () => createEditorStore(tee, newDesign(tee));
const layers = (store: ReturnType<typeof fresh>, zone = 'front') => store.getState().design.zones[zone]?.layers ?? [];

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
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) store.getState().updateLayer('front', id, { text }, 'typing-1');
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
