import { describe, expect, it } from 'vitest';
import { canTransition, isProducible, ORDER_STATUSES } from './status';

describe('order status transitions', () => {
  it('moves forward through production and shipping', () => {
    expect(canTransition('placed', 'in_production')).toBe(true);
    expect(canTransition('in_production', 'shipped')).toBe(true);
  });

  it('cancels only before production', () => {
    expect(canTransition('placed', 'cancelled')).toBe(true);
    expect(canTransition('in_production', 'cancelled')).toBe(false);
    expect(canTransition('shipped', 'cancelled')).toBe(false);
  });

  it('never goes back or skips production, and ends at shipped or cancelled', () => {
    expect(canTransition('placed', 'shipped')).toBe(false);
    expect(canTransition('shipped', 'in_production')).toBe(false);
    for (const to of ORDER_STATUSES) {
      expect(canTransition('shipped', to)).toBe(false);
      expect(canTransition('cancelled', to)).toBe(false);
    }
  });

  it('makes every order but a cancelled one', () => {
    expect(ORDER_STATUSES.filter(isProducible)).toEqual(['placed', 'in_production', 'shipped']);
  });
});
