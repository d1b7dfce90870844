import 'server-only';
import { designSchema, type Design } from '../../design/schema';
import { canProduce, validateDesign } from '../../design/validate';
import { quote, type Quote } from '../../pricing/quote';
import { db, type Db } from '../db/client';
import { previewImages, uploadsFor } from '../designs';
import { designRenderContext } from '../render-context';
import { getTemplateVersion, type PublishedTemplate } from '../templates';
import type { UploadInfo } from '../uploads';
import { designRow } from './order-sql';

// Prices cart items the way an order will: each design re-loaded with its own template
// version, re-validated with the production rules and quoted by lib/pricing. The cart page
// and placing an order share this, so what the shopper sees is what the order charges.

export type ItemRequest = { itemId?: string; designId: string; quantity: number };

export type PricedItem = {
  itemId?: string;
  designId: string;
  quantity: number;
  /** Null only when the design itself is gone. */
  design: Design | null;
  version: PublishedTemplate | null;
  uploads: Record<string, UploadInfo>;
  quote: Quote | null;
  /** Why this item cannot be ordered, in words for the shopper; null when it can. */
  problem: string | null;
};

async function load(designId: string, conn: Db) {
  const row = await designRow(conn, designId);
  if (!row) return null;
  const version = await getTemplateVersion(row.templateVersionId, conn);
  if (!version) throw new Error(`Design ${designId} points at a missing template version`);
  const design = designSchema.parse(JSON.parse(row.document));
  return { design, version, archived: row.archived, uploads: await uploadsFor(design, conn) };
}

/** Prices every item; items that cannot be ordered carry a `problem` and no quote. */
export async function priceItems(items: ItemRequest[], conn: Db = db()): Promise<PricedItem[]> {
  const loaded = await Promise.all(items.map((item) => load(item.designId, conn)));
  // Each design's own brand fonts and clipart beside the shipped fonts (parsed once per process).
  const contexts = await Promise.all(
    loaded.map((found) =>
      found
        ? designRenderContext(found.design, previewImages(found.uploads), conn)
        : Promise.resolve(undefined),
    ),
  );

  return items.map((item, i) => {
    const found = loaded[i];
    const base = { itemId: item.itemId, designId: item.designId, quantity: item.quantity };
    if (!found)
      return {
        ...base,
        design: null,
        version: null,
        uploads: {},
        quote: null,
        problem: 'This design no longer exists. Remove it from your cart.',
      };
    const { design, version, uploads, archived } = found;
    const priced = { ...base, design, version, uploads };
    const name = version.template.name;
    if (archived)
      return {
        ...priced,
        quote: null,
        problem: `The ${name} is no longer sold. Remove it from your cart to check out.`,
      };

    const issues = validateDesign(version.template, design, contexts[i]);
    if (!canProduce(issues)) {
      const first = issues.find((issue) => issue.severity === 'error');
      return {
        ...priced,
        quote: null,
        problem: `This design can no longer be made: ${first?.message ?? 'it breaks the product’s rules'} Edit a copy to fix it.`,
      };
    }
    return { ...priced, quote: quote(version.template, design, item.quantity), problem: null };
  });
}
