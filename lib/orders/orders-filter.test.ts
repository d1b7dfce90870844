import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  ordersQueryString,
  parseOrdersQuery,
  placedBetween,
} from './orders-filter';

describe('orders query', () => {
  it('reads every filter, the order and the cursor from the query string', () => {
    expect(
      parseOrdersQuery({
        status: 'shipped',
        from: '2026-11-01',
        to: '2026-11-30',
        product: 'iphone-17-case',
        q: ' ada@ ',
        sort: 'oldest',
        after: '1764582000000.3f2a-9c',
      }),
    ).toEqual({
      filter: {
        status: 'shipped',
        from: '2026-11-01',
        to: '2026-11-30',
        product: 'iphone-17-case',
        q: 'ada@',
      },
      sort: 'oldest',
      after: { at: 1764582000000, id: '3f2a-9c' },
      errors: {},
    });
    expect(parseOrdersQuery({})).toEqual({ filter: {}, errors: {} });
    expect(parseOrdersQuery({ status: '', q: '   ', status2: 'x', sort: 'random', after: 'x' })).toEqual({
      filter: {},
      errors: {},
    });
  });

  it('reads only the fields asked for', () => {
    expect(parseOrdersQuery({ status: 'placed', q: 'ada', product: 'mug' }, ['q']).filter).toEqual({
      q: 'ada',
    });
  });

  it('reports a bad field and keeps the others', () => {
    const { filter, errors } = parseOrdersQuery({ status: 'lost', from: '2026-13-01', q: 'OK-7K4P' });
    expect(filter).toEqual({ q: 'OK-7K4P' });
    expect(errors).toEqual({ status: 'Choose a status from the list.', from: 'Enter a date as YYYY-MM-DD.' });
  });

  it('refuses a search with a NUL byte or another control character, which PostgreSQL cannot take', () => {
    for (const q of ['\0', 'ada\u0000', 'a\u0007b', 'a\nb', '\ud800']) {
      expect(parseOrdersQuery({ q, status: 'placed' }), JSON.stringify(q)).toEqual({
        filter: { status: 'placed' },
        errors: { q: 'Search for letters, digits and punctuation only (no control characters).' },
      });
    }
    expect(parseOrdersQuery({ q: '100%_Ünïcode ☕' }).filter).toEqual({ q: '100%_Ünïcode ☕' });
  });

  it('refuses an end date before the start date', () => {
    expect(parseOrdersQuery({ from: '2026-11-30', to: '2026-11-01' })).toMatchObject({
      filter: { from: '2026-11-30' },
      errors: { to: 'The end date is before the start date.' },
    });
  });

  it('takes the first of repeated parameters, and "after" over "before"', () => {
    expect(parseOrdersQuery({ status: ['placed', 'shipped'] }).filter).toEqual({ status: 'placed' });
    expect(parseOrdersQuery({ after: '1.a', before: '2.b' })).toMatchObject({ after: { at: 1, id: 'a' } });
    expect(parseOrdersQuery({ after: '1.a', before: '2.b' }).before).toBeUndefined();
  });

  it('writes a query back as a query string', () => {
    expect(
      ordersQueryString({
        filter: { status: 'placed', q: 'a b&c' },
        sort: 'newest',
        after: { at: 5, id: 'x-1' },
      }),
    ).toBe('?q=a+b%26c&status=placed&sort=newest&after=5.x-1');
    expect(ordersQueryString({ filter: {}, before: { at: 5, id: 'x' } })).toBe('?before=5.x');
    expect(ordersQueryString({ filter: {} }, { status: 'all' })).toBe('?status=all');
    expect(ordersQueryString({ filter: {} })).toBe('');
  });

  it('round-trips cursors and refuses anything else', () => {
    const cursor = { at: Date.parse('2026-11-01T10:00:00.123Z'), id: '8d0e4f52-3b7c-4c55-9d6f-1f2e3a4b5c6d' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const bad of [
      undefined,
      '',
      '1',
      '.a',
      'a.b',
      '1.a b',
      '1.a%00',
      `${'9'.repeat(16)}.a`,
      '253402300800000.a',
    ])
      expect(decodeCursor(bad), bad).toBeUndefined();
  });

  it('selects whole UTC days, the end day included', () => {
    expect(placedBetween({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      gte: new Date('2026-11-01T00:00:00Z'),
      lt: new Date('2026-12-01T00:00:00Z'),
    });
    expect(placedBetween({})).toEqual({});
  });
});
