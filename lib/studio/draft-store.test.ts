import { describe, expect, it } from 'vitest';
import { starterDocument } from '../kinds/starters';
import { createDraftStore, isDirty } from './draft-store';

const doc = starterDocument('mug', {
  slug: 'studio-mug',
  name: 'Studio mug',
  brand: 'Acme',
  currency: 'EUR',
  description: 'A mug.',
});
const store = () =>
  createDraftStore({
    slug: 'studio-mug',
    doc,
    revision: 3,
    savedAt: null,
    savedBy: null,
    latestVersion: null,
    publishedDoc: null,
    unpublished: true,
  });

describe('draft store', () => {
  it('edits by path, sharing what did not change', () => {
    const s = store();
    s.getState().edit(['pricing', 'basePriceMinor'], 1900);
    const next = s.getState().doc;
    expect(next.pricing.basePriceMinor).toBe(1900);
    expect(next.zones).toBe(doc.zones);
    expect(isDirty(s.getState())).toBe(true);
  });

  it('merges edits of one gesture into one undo step, and redoes them', () => {
    const s = store();
    s.getState().edit(['name'], 'S', 'name');
    s.getState().edit(['name'], 'St', 'name');
    s.getState().edit(['brand'], 'B', 'brand');
    s.getState().undo();
    expect(s.getState().doc.name).toBe('St');
    s.getState().undo();
    expect(s.getState().doc).toBe(doc);
    expect(isDirty(s.getState())).toBe(false);
    s.getState().redo();
    s.getState().redo();
    expect(s.getState().doc.brand).toBe('B');
  });

  it('stays dirty when edits arrive while a save is under way', () => {
    const s = store();
    s.getState().edit(['name'], 'One');
    const sent = s.getState().doc;
    s.getState().saveStarted();
    s.getState().edit(['name'], 'Two');
    s.getState().saveSucceeded(sent, 4, '2026-12-01T10:42:00.000Z', true);
    expect(s.getState()).toMatchObject({ revision: 4, status: { kind: 'idle' } });
    expect(isDirty(s.getState())).toBe(true);
  });

  it('reloading after a conflict replaces the draft and forgets its history', () => {
    const s = store();
    s.getState().edit(['name'], 'Mine');
    s.getState().saveConflict({ savedBy: 'other@b.c', savedAt: '2026-12-01T10:42:00.000Z', revision: 9 });
    expect(s.getState().status).toEqual({
      kind: 'conflict',
      savedBy: 'other@b.c',
      savedAt: '2026-12-01T10:42:00.000Z',
      revision: 9,
    });
    const theirs = { ...doc, name: 'Theirs' };
    s.getState().reload({ doc: theirs, revision: 9, savedAt: null, savedBy: 'other@b.c' });
    expect(s.getState()).toMatchObject({ doc: theirs, revision: 9, past: [], status: { kind: 'idle' } });
    expect(isDirty(s.getState())).toBe(false);
  });
});
