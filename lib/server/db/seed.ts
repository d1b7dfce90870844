import 'server-only';
import { seedCatalogue } from '../../templates/catalogue';
import { storeSeedModels } from '../models/seed-models';
import { storage, type ObjectStorage } from '../storage';
import { publishTemplate } from '../templates';
import type { Db } from './client';

/**
 * Publishes the seed catalogue. Idempotent: an unchanged seed template adds nothing, an edited
 * one becomes the template's next version, so earlier designs keep the version they used.
 */
export async function seed(
  conn: Db,
  store: ObjectStorage = storage(),
): Promise<Array<{ slug: string; version: number; created: boolean }>> {
  const results = [];
  const catalogue = seedCatalogue();
  // A product's model is in the store before the product is in the shop.
  await storeSeedModels(catalogue, store);
  for (const template of catalogue) {
    const result = await publishTemplate(template, conn);
    if (!result.ok)
      throw new Error(
        `Seed template ${template.slug} is invalid: ${result.issues.map((i) => i.message).join('; ')}`,
      );
    results.push({ slug: template.slug, version: result.version.version, created: result.created });
  }
  return results;
}
