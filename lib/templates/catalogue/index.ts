// The seed catalogue: real products with real dimensions, validated when loaded.
import { assertTemplate } from '../validate';
import type { Template } from '../schema';
import { jeans } from '../../kinds/jeans/seed';
import { mug } from '../../kinds/mug/seed';
import { phoneCase } from '../../kinds/phone-case/seed';
import { tee } from '../../kinds/tee/seed';
import { toteStarter } from '../../kinds/tote/seed';

/** The seeded templates, parsed (defaults filled in) and checked against every template rule. */
export function seedCatalogue(): Template[] {
  return [phoneCase, mug, tee, jeans].map((doc) => assertTemplate(doc));
}

/**
 * The seed catalogue plus the starter documents the studio creates new products from (the
 * canvas tote), parsed: one template of every product kind, for checks that must hold for all.
 */
export function catalogueWithStarters(): Template[] {
  return [...seedCatalogue(), assertTemplate(toteStarter())];
}
