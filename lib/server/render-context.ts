import 'server-only';
import type { Design, ImageInfo } from '../design/schema';
import { brandClipartIds } from '../layers/clipart/art';
import type { RenderContext } from '../render/zone-svg';
import { FONTS } from '../templates/fonts';
import { brandClipartByIds } from './clipart/store';
import { db, type Db } from './db/client';
import { serverFontLibrary } from './fonts';
import { designFontIds } from './production/spec-deps';

/**
 * What the server needs to check or draw a design: every shipped font plus the brand fonts its
 * layers use, its images, and the brand clipart it names (so unknown clipart is reported).
 * Every server picture of a design (cart, order, maker, saved design, API, PNG) and every
 * server check of one builds its context here.
 */
export async function designRenderContext(
  design: Design,
  images: Record<string, ImageInfo>,
  conn: Db = db(),
): Promise<RenderContext> {
  const layers = Object.values(design.zones).flatMap((z) => z.layers);
  const [fonts, clipart] = await Promise.all([
    serverFontLibrary([...FONTS.map((f) => f.id), ...designFontIds(design)]),
    brandClipartByIds(brandClipartIds(layers), conn),
  ]);
  return { fonts, images, clipart };
}
