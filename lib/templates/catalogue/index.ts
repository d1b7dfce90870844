// The seed catalogue: real products with real dimensions, validated when loaded.
import { assertTemplate } from '../validate';
import type { Template } from '../schema';
import { jeans } from './jeans';
import { mug } from './mug';
import { phoneCase } from './phone-case';
import { tee } from './tee';

/** The seeded templates, parsed (defaults filled in) and checked against every template rule. */
export function seedCatalogue(): Template[] {
  return [phoneCase, mug, tee, jeans].map((doc) => assertTemplate(doc));
}
