import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { starterDocument } from '../kinds/starters';
import { createAutosaver, type SaveFn, type SaveResponse } from './autosaver';
import { createDraftStore, isDirty } from './draft-store';

const doc = starterDocument('mug', { slug: 'm', name: 'M', brand: 'B', currency: 'EUR', description: 'D' });
const store = () =>
  createDraftStore({
    slug: 'm',
    doc,
    revision: 1,
    savedAt: null,
    savedBy: null,
    latestVersion: null,
    publishedDoc: null,
    unpublished: true,
  });
const ok = (revision: number): SaveResponse => ({
  ok: true,
  revision,
  savedAt: '2026-12-01T10:42:00.000Z',
  hasDraft: true,
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, a second after the last of several edits, with the revision they were based on', async () => {
    const s = store();
    const save = vi.fn<SaveFn>((input) => Promise.resolve(ok(input.revision + 1)));
    const stop = createAutosaver(s, save).start();
    s.getState().edit(['name'], 'A');
    await vi.advanceTimersByTimeAsync(500);
    s.getState().edit(['name'], 'AB');
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatchObject({ slug: 'm', revision: 1, document: { name: 'AB' } });
    expect(s.getState()).toMatchObject({ revision: 2, status: { kind: 'idle' } });
    expect(isDirty(s.getState())).toBe(false);
    stop();
  });

  it('retries a failed save with growing pauses, then saves', async () => {
    const s = store();
    const save = vi
      .fn<SaveFn>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ ok: false, error: 'busy', retryable: true })
      .mockResolvedValue(ok(2));
    createAutosaver(s, save).start();
    s.getState().edit(['name'], 'A');
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.getState().status).toEqual({
      kind: 'retrying',
      message: 'Couldn’t save — retrying',
      attempt: 1,
    });
    s.getState().edit(['name'], 'AB');
    await vi.advanceTimersByTimeAsync(2000);
    expect(s.getState().status).toMatchObject({ kind: 'retrying', attempt: 2 });
    await vi.advanceTimersByTimeAsync(4000);
    expect(save).toHaveBeenCalledTimes(3);
    expect(s.getState().status).toEqual({ kind: 'idle' });
    expect(isDirty(s.getState())).toBe(false);
  });

  it('stops at a conflict and saves nothing more until the brand keeps their version', async () => {
    const s = store();
    const save = vi
      .fn<SaveFn>()
      .mockResolvedValueOnce({
        ok: false,
        error: 'Someone else…',
        conflict: { savedBy: 'bob@b.c', savedAt: null, revision: 5 },
      })
      .mockResolvedValue(ok(6));
    createAutosaver(s, save).start();
    s.getState().edit(['name'], 'Mine');
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.getState().status).toEqual({ kind: 'conflict', savedBy: 'bob@b.c', savedAt: null, revision: 5 });
    s.getState().edit(['name'], 'Mine 2');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    s.getState().rebase(5);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]![0]).toMatchObject({ revision: 5, document: { name: 'Mine 2' } });
  });

  it('flush saves at once and says whether everything is saved', async () => {
    const s = store();
    const autosaver = createAutosaver(
      s,
      vi.fn<SaveFn>(() => Promise.resolve(ok(2))),
    );
    autosaver.start();
    s.getState().edit(['name'], 'A');
    expect(await autosaver.flush()).toBe(true);
    const refusing = store();
    const refused = createAutosaver(
      refusing,
      vi.fn<SaveFn>(() => Promise.resolve({ ok: false, error: 'Sign in as a brand admin.' })),
    );
    refusing.getState().edit(['name'], 'A');
    expect(await refused.flush()).toBe(false);
    expect(refusing.getState().status).toEqual({ kind: 'error', message: 'Sign in as a brand admin.' });
  });

  it('saves pending edits at once when the editor goes away', async () => {
    const s = store();
    const save = vi.fn<SaveFn>(() => Promise.resolve(ok(2)));
    const stop = createAutosaver(s, save).start();
    s.getState().edit(['name'], 'Last words');
    stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].document.name).toBe('Last words');
  });
});
