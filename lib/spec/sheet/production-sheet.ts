// The production sheet: one PDF per order line with a cover (order, product, size, options, a
// preview), each zone at 1:1 with its guide lines, the spec table and, for garments, the tech
// pack pages. Deterministic like the print files.
import { rgb as colour } from 'pdf-lib';
import { formatMoney } from '../../money';
import { productIllustrationSvg } from '../../render/product-illustration';
import { bleedBox, zoneElements, type RenderContext } from '../../render/zone-svg';
import { surfaceColour } from '../../templates/surface-colour';
import type { LineSpec } from '../line-spec';
import type { LineSource, SpecDeps } from '../types';
import { zoneArt } from '../zone-art';
import { zoneLayers } from '../zone-facts';
import { ImageEmbedder, PT_PER_MM } from '../zone-pdf';
import { A4, SheetWriter } from './sheet-writer';
import { specTablePages, techPackPages } from './sheet-tables';
import { productViewPictures, viewPages } from './view-pages';
import { drawZone } from './zone-drawing';

const PREVIEW_PX = 900;

async function previewJpeg(
  source: LineSource,
  deps: SpecDeps,
): Promise<{ jpeg: Uint8Array; widthMm: number; heightMm: number }> {
  const svg = productIllustrationSvg(source.template, {
    variantId: source.design.variantId,
    choices: source.design.selection,
  });
  const [, , vw, vh] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 1 1').split(' ').map(Number);
  const heightPx = Math.max(1, Math.round((PREVIEW_PX * vh!) / vw!));
  const sized = svg.replace('<svg ', `<svg width="${PREVIEW_PX}" height="${heightPx}" `);
  return {
    jpeg: await deps.rasterise(sized, {
      widthPx: PREVIEW_PX,
      heightPx,
      dpi: 150,
      background: '#ffffff',
      format: 'jpeg',
    }),
    widthMm: vw!,
    heightMm: vh!,
  };
}

/**
 * The production sheet PDF of one order line. `spec` may lack its files' entries (lineFacts):
 * the pages are drawn from it while the print files are still being drawn, and the file
 * table waits for `complete` (buildLineFiles' spec).
 */
/** The stored model's name, hash and real size, for the cover's facts. */
function modelFact(m: NonNullable<LineSpec['product']['model']>): [string, string] {
  const { x, y, z } = m.boundsMm;
  return ['3D model', `${m.fileName}, sha256 ${m.sha256.slice(0, 16)}..., ${x} x ${y} x ${z} mm`];
}

export async function buildProductionSheet(
  source: LineSource,
  spec: LineSpec,
  deps: SpecDeps,
  complete: LineSpec | Promise<LineSpec> = spec,
): Promise<Uint8Array> {
  const sheet = await SheetWriter.create(
    `${spec.order.number} line ${spec.order.line} - ${spec.product.name} - spec v${spec.specVersion}`,
  );
  const ctx: RenderContext = {
    fonts: deps.fonts,
    clipart: deps.clipart ?? {},
    images: Object.fromEntries(
      Object.entries(deps.images).map(([id, i]) => [
        id,
        { widthPx: i.widthPx, heightPx: i.heightPx, href: i.href },
      ]),
    ),
  };
  const zones = spec.zones.map((z) => source.template.zones.find((t) => t.id === z.id)!);
  // Each zone as its print files draw it (engraving zones: images as their burn bitmaps).
  const arts = await Promise.all(
    zones.map((zone) => zoneArt(zone, zoneElements(zone, zoneLayers(source.design, zone), ctx), deps)),
  );
  const embedder = new ImageEmbedder(
    sheet.doc,
    Object.fromEntries(
      [deps.images, ...arts.map((a) => a.images)].flatMap((images) => Object.entries(images)),
    ),
  );
  // The product from the brand's saved views (a 3D model), drawn while the cover is.
  const pictures = productViewPictures(
    source,
    zones.map((zone, i) => ({ zone, elements: arts[i]!.elements })),
    deps,
  );
  // Awaited after the cover; a failure must not go unhandled meanwhile.
  pictures.catch(() => undefined);
  // Drawn on the product's colour, as the editor shows it: white thread must show on the sheet.
  const background = (surface: string) => surfaceColour(source.template, source.design.selection, surface);

  // Cover.
  sheet.newPage();
  sheet.heading(`Production sheet ${spec.order.number} / line ${spec.order.line}`, 18);
  sheet.facts([
    [
      'Product',
      `${spec.product.name} (${spec.product.brand}), template ${spec.product.slug} v${spec.product.templateVersion}`,
    ],
    ['Size', spec.size.label],
    // A product made from a brand's 3D model: the very file it was designed on.
    ...(spec.product.model ? [modelFact(spec.product.model)] : []),
    ...spec.options.map((o): [string, string] => [o.name, o.choice]),
    ['Quantity', String(spec.order.quantity)],
    ['Ordered', spec.order.orderedAt.replace('T', ' ').slice(0, 16) + ' UTC'],
    ['Zones', spec.zones.map((z) => `${z.name} (${z.methodLabel})`).join(', ') || 'none'],
    ['Line total', formatMoney(spec.price.totalMinor, spec.price.currency)],
  ]);
  const preview = await previewJpeg(source, deps);
  const image = await sheet.doc.embedJpg(preview.jpeg);
  const boxW = sheet.contentWidth * 0.45;
  const boxH = Math.min(sheet.y - 40 * PT_PER_MM, 110 * PT_PER_MM);
  const scale = Math.min(boxW / preview.widthMm, boxH / preview.heightMm);
  const top = sheet.y - 4;
  sheet.page.drawImage(image, {
    x: sheet.left,
    y: top - preview.heightMm * scale,
    width: preview.widthMm * scale,
    height: preview.heightMm * scale,
  });
  // The artwork of each zone, scaled to fit beside the product picture.
  let y = top;
  const artX = sheet.left + boxW + 10;
  const artW = sheet.contentWidth - boxW - 10;
  for (const [i, zone] of zones.entries()) {
    const box = bleedBox(zone);
    const s = Math.min(
      artW / (box.widthMm * PT_PER_MM),
      (boxH / Math.max(zones.length, 1) - 14) / (box.heightMm * PT_PER_MM),
      1,
    );
    sheet.page.drawText(zone.name, { x: artX, y: y - 9, size: 8, font: sheet.bold });
    await drawZone(sheet.doc, sheet.page, embedder, zone, arts[i]!.elements, [], {
      xPt: artX,
      topPt: y - 12,
      scale: s,
      guides: true,
      background: background(zone.surface),
    });
    y -= 14 + box.heightMm * PT_PER_MM * s + 6;
  }

  await viewPages(sheet, await pictures);

  // Each zone at 1:1 with guides.
  for (const [i, zone] of zones.entries()) {
    const box = bleedBox(zone);
    sheet.newPage(Math.max(A4.widthMm, box.widthMm + 30), Math.max(A4.heightMm, box.heightMm + 75));
    sheet.heading(`${zone.name}: ${spec.zones[i]!.methodLabel}, 1:1`, 14);
    const onModel = spec.zones[i]!.onModel;
    if (onModel)
      sheet.text(
        `On the 3D model: mesh "${onModel.mesh}", surface ${onModel.surface.widthMm} x ${onModel.surface.heightMm} mm as measured on the product, stretch ${onModel.surface.stretchPct.toFixed(1)} %.`,
      );
    sheet.text(
      `Trim ${zone.rect.widthMm} x ${zone.rect.heightMm} mm, bleed ${zone.bleedMm} mm, safe inset ${zone.safeMm} mm. Lines: black = trim, red = bleed, blue dashed = safe area, orange crossed = keep-out; the fill is the product colour, not printed. Print this page at 100% (no fitting): the bar below is 50 mm.`,
    );
    sheet.gap(6);
    const barY = sheet.y;
    sheet.page.drawLine({
      start: { x: sheet.left, y: barY },
      end: { x: sheet.left + 50 * PT_PER_MM, y: barY },
      thickness: 1.5,
      color: colour(0, 0, 0),
    });
    sheet.page.drawText('50 mm', {
      x: sheet.left + 52 * PT_PER_MM,
      y: barY - 3,
      size: 8,
      font: sheet.regular,
    });
    sheet.y -= 10 * PT_PER_MM;
    await drawZone(sheet.doc, sheet.page, embedder, zone, arts[i]!.elements, spec.zones[i]!.keepOuts, {
      xPt: sheet.left,
      topPt: sheet.y,
      scale: 1,
      guides: true,
      background: background(zone.surface),
    });
  }

  const whole = await complete;
  specTablePages(sheet, whole);
  if (source.template.techPack) techPackPages(sheet, whole, source.template.techPack);
  return sheet.doc.save({ useObjectStreams: false });
}
