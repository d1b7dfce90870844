import 'server-only';
import type { z } from 'zod';
import type {
  productDetail,
  productList,
  productSummary,
  productVersion,
  versionSummary,
} from '../../api/schemas';
import { fromPriceMinor } from '../../templates/from-price';
import { db, type Db } from '../db/client';
import { getProduct, listCatalogue, listVersions, type PublishedTemplate } from '../templates';
import { fail } from './http';

// Products and their published versions for the public API, as the documented shapes.

const versionOf = (v: PublishedTemplate): z.infer<typeof versionSummary> => ({
  id: v.versionId,
  version: v.version,
  publishedAt: v.publishedAt,
  note: v.note,
});

const summaryOf = (v: PublishedTemplate): z.infer<typeof productSummary> => ({
  slug: v.slug,
  name: v.template.name,
  kind: v.template.geometry.kind,
  currency: v.template.currency,
  fromPriceMinor: fromPriceMinor(v.template),
  latestVersion: versionOf(v),
});

/** Every product in the shop (archived ones are not). */
export async function apiProducts(conn: Db = db()): Promise<z.infer<typeof productList>> {
  return { data: (await listCatalogue(conn)).map(summaryOf) };
}

/** One product in the shop with all its versions; 404 when unknown or archived. */
export async function apiProduct(slug: string, conn: Db = db()): Promise<z.infer<typeof productDetail>> {
  const latest = await getProduct(slug, conn);
  if (!latest) fail(404, 'This product is not in the shop.', 'not-found');
  const versions = await listVersions(slug, conn);
  return {
    ...summaryOf(latest),
    description: latest.template.description,
    versions: versions.map(versionOf),
  };
}

/** A published version with its template document; 404 when the product or version is unknown. */
export async function apiProductVersion(
  slug: string,
  version: number,
  conn: Db = db(),
): Promise<z.infer<typeof productVersion>> {
  if (!(await getProduct(slug, conn))) fail(404, 'This product is not in the shop.', 'not-found');
  const found = (await listVersions(slug, conn)).find((v) => v.version === version);
  if (!found) fail(404, `Version ${version} of this product was never published.`, 'not-found');
  return { ...versionOf(found), slug, template: found.template as unknown as Record<string, unknown> };
}
