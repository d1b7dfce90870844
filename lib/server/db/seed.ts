import 'server-only';
import { seedCatalogue } from '../../templates/catalogue';
import { publishTemplate } from '../templates';
import type { Db } from './client';

/**
 * Publishes the seed catalogue. Idempotent: an unchanged seed template adds nothing, an edited
 * one becomes the template's next version, so earlier designs keep the version they used.
 */
export async function seed(conn: Db): Promise<Array<{ slug: string; version: number; created: boolean }>> {
  const results = [];
  for (const template of seedCatalogue()) {
    const result = await publishTemplate(template, conn);
    if (!result.ok) throw new Error(`Seed template ${template.slug} is invalid: ${result.issues.map((i) => i.message).join('; ')}`);
    results.push({ slug: template.slug, version: result.version.version, created: result.created });
  }
  return results;
}
