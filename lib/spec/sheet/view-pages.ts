// The production sheet's pictures of the product from the brand's saved views: each zone's
// artwork is handed over as a small raster of its trim, the kind draws the product with it
// (lib/server for a 3D model), and the pictures go two to a row with the view's name.
import { namedViews } from '../../kinds/surfaces';
import { elementsSvg, type ZoneElement } from '../../render/zone-svg';
import type { Zone } from '../../templates/schema';
import type { LineSource, ProductViewPicture, SpecDeps, ZoneTexture } from '../types';
import { winAnsi, type SheetWriter } from './sheet-writer';

/** Longest side of a zone's artwork on the product pictures, in pixels. */
const TEXTURE_PX = 512;

/** A zone's artwork cut to its trim, at most TEXTURE_PX on its longer side. */
export function zoneTexture(zone: Zone, elements: ZoneElement[]): ZoneTexture {
  const { widthMm, heightMm } = zone.rect;
  const scale = TEXTURE_PX / Math.max(widthMm, heightMm);
  const widthPx = Math.max(1, Math.round(widthMm * scale));
  const heightPx = Math.max(1, Math.round(heightMm * scale));
  const svg = elementsSvg(zone, elements, {
    pixelWidth: widthPx,
    pixelHeight: heightPx,
    crop: { xMm: 0, yMm: 0, widthMm, heightMm },
  });
  return { zone, svg, widthPx, heightPx };
}

/** The product from each of its named views, or none when it has none (or no one draws them). */
export async function productViewPictures(
  source: LineSource,
  zones: Array<{ zone: Zone; elements: ZoneElement[] }>,
  deps: SpecDeps,
): Promise<ProductViewPicture[]> {
  if (!deps.productViews || namedViews(source.template.geometry).length === 0) return [];
  return deps.productViews(
    source,
    zones.map(({ zone, elements }) => zoneTexture(zone, elements)),
  );
}

/** A page of the pictures, two to a row, each under its view's name. */
export async function viewPages(sheet: SheetWriter, pictures: ProductViewPicture[]): Promise<void> {
  if (pictures.length === 0) return;
  sheet.newPage();
  sheet.heading("The product from the brand's saved views", 14);
  sheet.text(
    'Drawn from the 3D model the order was made on, in the chosen colours, with each zone’s artwork where it goes on the product; the red line is the zone’s trim.',
  );
  sheet.gap(6);
  const gap = 10;
  const width = (sheet.contentWidth - gap) / 2;
  let rowBottom = sheet.y;
  for (const [i, picture] of pictures.entries()) {
    const height = (width * picture.heightPx) / picture.widthPx;
    const column = i % 2;
    if (column === 0) {
      sheet.y = rowBottom;
      sheet.need(height + 16);
    }
    const top = sheet.y;
    const x = sheet.left + column * (width + gap);
    sheet.page.drawText(winAnsi(picture.label), { x, y: top - 10, size: 9, font: sheet.bold });
    const image = await sheet.doc.embedJpg(picture.jpeg);
    sheet.page.drawImage(image, { x, y: top - 14 - height, width, height });
    rowBottom = Math.min(column === 0 ? top : rowBottom, top - 14 - height - 10);
  }
  sheet.y = rowBottom;
}
