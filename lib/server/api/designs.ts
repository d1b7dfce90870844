import 'server-only';
import type { z } from 'zod';
import type { designCreated, designView, quoteShape } from '../../api/schemas';
import type { SaveDesignInput } from '../../design/save-input';
import { quote } from '../../pricing/quote';
import { productIllustrationSvg } from '../../render/product-illustration';
import { personalizedZones } from '../../design/personalized-zones';
import { db, type Db } from '../db/client';
import { saveDesign } from '../design-saving';
import { getDesign, previewImages, type SavedDesign } from '../designs';
import { designZoneArt } from '../design-picture';
import { fail } from './http';

// Designs through the public API: saved with the shop's own validation (the same messages),
// read back with the server's price, and drawn as SVG.

async function found(id: string, conn: Db): Promise<SavedDesign> {
  const saved = await getDesign(id, conn);
  if (!saved) fail(404, 'That design does not exist. Save it again.', 'not-found');
  return saved;
}

/** Saves a design; 422 with the problems when it cannot be made. */
export async function apiCreateDesign(
  body: SaveDesignInput,
  conn: Db = db(),
): Promise<z.infer<typeof designCreated>> {
  const result = await saveDesign(body, conn);
  if (!result.ok) {
    const errors: Record<string, string[] | undefined> = { ...result.fieldErrors };
    for (const issue of (result.issues ?? []).filter((i) => i.severity === 'error'))
      (errors[issue.zoneId ? `design.zones.${issue.zoneId}` : 'design'] ??= []).push(issue.message);
    fail(422, result.error, 'design-refused', errors);
  }
  return { id: result.id, url: result.url };
}

/** A saved design with its price for one. */
export async function apiDesign(id: string, conn: Db = db()): Promise<z.infer<typeof designView>> {
  const saved = await found(id, conn);
  return {
    id: saved.id,
    createdAt: saved.createdAt,
    product: saved.version.slug,
    templateVersionId: saved.version.versionId,
    version: saved.version.version,
    design: saved.design,
    quote: quote(saved.version.template, saved.design, 1),
    url: `/d/${saved.id}`,
    previewUrl: `/api/v1/designs/${saved.id}/preview`,
  };
}

/** The server's price of a saved design at a quantity. */
export async function apiQuote(
  id: string,
  quantity: number,
  conn: Db = db(),
): Promise<z.infer<typeof quoteShape>> {
  const saved = await found(id, conn);
  return quote(saved.version.template, saved.design, quantity);
}

/** One zone's artwork as SVG (the first with layers unless named), else the product drawing. */
export async function apiPreviewSvg(
  id: string,
  zoneId: string | undefined,
  conn: Db = db(),
): Promise<string> {
  const saved = await found(id, conn);
  const { template } = saved.version;
  const zone = zoneId
    ? template.zones.find((z) => z.id === zoneId)
    : personalizedZones(template, saved.design)[0];
  if (zoneId && !zone) fail(404, `This product has no zone "${zoneId}".`, 'not-found');
  if (!zone)
    return productIllustrationSvg(template, {
      variantId: saved.design.variantId,
      choices: saved.design.selection,
      title: template.name,
    });
  const [art] = await designZoneArt(template, saved.design, previewImages(saved.uploads), [zone], conn);
  return art!.svg;
}
