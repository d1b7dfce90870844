import { describe, expect, it } from 'vitest';
import { seedCatalogue } from './catalogue';
import { allowedSelections, defaultSelection, violatedRules } from './selection';

const phoneCase = seedCatalogue()[0]!;

describe('option rules', () => {
  it('allows the defaults and flags a forbidden combination with its message', () => {
    expect(violatedRules(phoneCase, defaultSelection(phoneCase))).toEqual([]);
    const broken = violatedRules(phoneCase, { finish: 'clear', grip: 'ribbed' });
    expect(broken.map((r) => r.id)).toEqual(['clear-has-smooth-sides']);
  });

  it('enumerates only allowed combinations', () => {
    const all = allowedSelections(phoneCase);
    expect(all).toHaveLength(4 * 2 - 1);
    expect(all).not.toContainEqual({ finish: 'clear', grip: 'ribbed' });
  });
});
