import 'server-only';
import { expect, it } from 'vitest';
import type { LimitStore } from './types';

// The behaviour every limit store must have; each driver's test runs it. `make()` gives a
// store with no buckets in it (or keys nobody else uses).

const LIMIT = { perMinute: 6, burst: 3 };

/** Registers the contract's tests against the store `make()` gives. */
export function limitStoreContract(make: () => LimitStore): void {
  it('allows a burst, then one take per refill interval', async () => {
    const store = make();
    const takes = [];
    for (let i = 0; i < 4; i++) takes.push(await store.take('a', LIMIT, 1_000_000));
    expect(takes).toEqual([true, true, true, false]);
    expect(await store.take('a', LIMIT, 1_000_000 + 9_000)).toBe(false);
    expect(await store.take('a', LIMIT, 1_000_000 + 10_000)).toBe(true);
    expect(await store.take('a', LIMIT, 1_000_000 + 10_000)).toBe(false);
    // Refilled to the burst, never beyond.
    const later = [];
    for (let i = 0; i < 4; i++) later.push(await store.take('a', LIMIT, 5_000_000));
    expect(later).toEqual([true, true, true, false]);
  });

  it('counts keys apart', async () => {
    const store = make();
    for (let i = 0; i < 3; i++) await store.take('b', LIMIT, 0);
    expect(await store.take('b', LIMIT, 0)).toBe(false);
    expect(await store.take('c', LIMIT, 0)).toBe(true);
  });

  it('gives a token back on refund, up to the burst', async () => {
    const store = make();
    for (let i = 0; i < 3; i++) await store.take('d', LIMIT, 0);
    await store.refund('d', LIMIT);
    expect(await store.take('d', LIMIT, 0)).toBe(true);
    expect(await store.take('d', LIMIT, 0)).toBe(false);
    await store.refund('e', LIMIT);
    for (let i = 0; i < 3; i++) await store.refund('d', LIMIT);
    const takes = [];
    for (let i = 0; i < 4; i++) takes.push(await store.take('d', LIMIT, 0));
    expect(takes).toEqual([true, true, true, false]);
  });

  it('never spends one token twice under concurrent takes', async () => {
    const store = make();
    const takes = await Promise.all(Array.from({ length: 20 }, () => store.take('f', LIMIT, 0)));
    expect(takes.filter(Boolean)).toHaveLength(3);
  });

  it('does not refill when a clock runs behind', async () => {
    const store = make();
    for (let i = 0; i < 3; i++) await store.take('g', LIMIT, 100_000);
    expect(await store.take('g', LIMIT, 40_000)).toBe(false);
    expect(await store.take('g', LIMIT, 100_000)).toBe(false);
  });

  it('answers ping when reachable', async () => {
    await expect(make().ping()).resolves.toBeUndefined();
  });
}
