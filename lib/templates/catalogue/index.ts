// The seed catalogue: each kind's reference product (lib/kinds/<kind>/seed.ts), real products
// with real dimensions, validated when loaded. The shop is seeded with those the kind marks so.
import { KIND_STARTERS } from '../../kinds/starters';
import { assertTemplate } from '../validate';
import type { Template } from '../schema';

/** The seeded templates, parsed (defaults filled in) and checked against every template rule. */
export function seedCatalogue(): Template[] {
  return Object.values(KIND_STARTERS)
    .flatMap((starter) => [...(starter.seeded ? [starter.seed] : []), ...(starter.alsoSeeded ?? [])])
    .map((seed) => assertTemplate(seed));
}

/**
 * Every kind's reference product, parsed: the seed catalogue plus those the studio only starts
 * new products from (the canvas tote). One template of every product kind, for checks that must
 * hold for all.
 */
export function catalogueWithStarters(): Template[] {
  return Object.values(KIND_STARTERS)
    .flatMap((starter) => [starter.seed, ...(starter.alsoSeeded ?? [])])
    .map((seed) => assertTemplate(seed));
}
