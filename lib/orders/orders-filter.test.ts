import { describe, expect, it } from 'vitest';
import { ordersFilterQuery, parseOrdersFilter, placedBetween } from './orders-filter';

describe('orders filter', () => {
  it('reads every filter from the query string', () => {
    expect(parseOrdersFilter({ status: 'shipped', from: '2026-11-01', to: '2026-11-30', product: 'iphone-17-case', q: ' ada@ ', page: '3' })).toEqual({
      filter: { status: 'shipped', from: '2026-11-01', to: '2026-11-30', product: 'iphone-17-case', q: 'ada@' },
      page: 3,
      errors: {},
    });
    expect(parseOrdersFilter({})).toEqual({ filter: {}, page: 1, errors: {} });
    expect(parseOrdersFilter({ status: '', q: '   ', status2: 'x' })).toEqual({ filter: {}, page: 1, errors: {} });
  });

  it('reports a bad field and keeps the others', () => {
    const { filter, errors, page } = parseOrdersFilter({ status: 'lost', from: '2026-13-01', q: 'OK-7K4P', page: '-2' });
    expect(filter).toEqual({ q: 'OK-7K4P' });
    expect(errors).toEqual({ status: 'Choose a status from the list.', from: 'Enter a date as YYYY-MM-DD.' });
    expect(page).toBe(1);
  });

  it('refuses an end date before the start date', () => {
    expect(parseOrdersFilter({ from: '2026-11-30', to: '2026-11-01' })).toMatchObject({ filter: { from: '2026-11-30' }, errors: { to: 'The end date is before the start date.' } });
  });

  it('takes the first of repeated parameters', () => {
    expect(parseOrdersFilter({ status: ['placed', 'shipped'] }).filter).toEqual({ status: 'placed' });
  });

  it('writes a filter back as a query string', () => {
    expect(ordersFilterQuery({ status: 'placed', q: 'a b&c' }, 2)).toBe('?status=placed&q=a+b%26c&page=2');
    expect(ordersFilterQuery({})).toBe('');
  });

  it('selects whole UTC days, the end day included', () => {
    expect(placedBetween({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ gte: new Date('2026-11-01T00:00:00Z'), lt: new Date('2026-12-01T00:00:00Z') });
    expect(placedBetween({})).toEqual({});
  });
});
