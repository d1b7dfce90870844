import 'server-only';
import { personalizedZones } from '../design/personalized-zones';
import type { Design, ImageInfo } from '../design/schema';
import { productIllustrationSvg } from '../render/product-illustration';
import { elementsSvg } from '../render/zone-svg';
import type { Template, Zone } from '../templates/schema';
import { surfaceColour } from '../templates/surface-colour';
import { db, type Db } from './db/client';
import { madeLookElements } from './engraved-previews';
import { designRenderContext } from './render-context';

// A design's artwork as it will be made, drawn on the server for every page and file that
// shows it (cart, order, maker and studio orders, saved design, public API, preview PNG), with
// the design's brand fonts and clipart from designRenderContext, so none of them leaves out art.

/** One zone's artwork as SVG, and the colour it is made on (if the template says). */
export type ZoneArt = { zone: Zone; svg: string; colour: string | undefined };

/** The zones' artwork (default: the zones the design uses), engraved images as burnt. */
export async function designZoneArt(
  template: Template,
  design: Design,
  images: Record<string, ImageInfo>,
  zones: Zone[] = personalizedZones(template, design),
  conn: Db = db(),
): Promise<ZoneArt[]> {
  if (zones.length === 0) return [];
  const ctx = await designRenderContext(design, images, conn);
  return Promise.all(
    zones.map(async (zone) => ({
      zone,
      svg: elementsSvg(zone, await madeLookElements(zone, design.zones[zone.id]?.layers ?? [], ctx)),
      colour: surfaceColour(template, design.selection, zone.surface),
    })),
  );
}

/** A design as a picture: the product in its chosen colours, and each used zone's artwork. */
export async function designPicture(
  template: Template,
  design: Design,
  images: Record<string, ImageInfo>,
  conn: Db = db(),
): Promise<{ productSvg: string; zones: ZoneArt[] }> {
  const productSvg = productIllustrationSvg(template, {
    variantId: design.variantId,
    choices: design.selection,
    title: `Your ${template.name}`,
  });
  return { productSvg, zones: await designZoneArt(template, design, images, undefined, conn) };
}
