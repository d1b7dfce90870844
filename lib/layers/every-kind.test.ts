// Every layer kind in every production method: the print files' SVG, PNG and PDF and the
// preview's canvas painter (lib/render/zone-canvas.ts, recorded) each draw it, the PDF with no
// fonts and no text, and all four agree on where the ink is, inside the bleed box. A new layer kind must add a sample
// here (SAMPLES is typed by the registry's kinds), so it cannot skip the check.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_CLIPART } from '../clipart/library';
import { newImageLayer, newTextLayer } from '../design/defaults';
import type { Layer, LayerKind } from '../design/schema';
import { boundsOf } from '../render/testing/fixtures';
import { pathSources, recordingCanvas } from '../render/testing/recording-canvas';
import { paintZoneElements } from '../render/zone-canvas';
import { zoneElements } from '../render/zone-svg';
import { buildLineFiles } from '../spec/line-files';
import {
  defaultDesign,
  lineSource,
  pdfPageRaster,
  poppler,
  seedTemplate,
  specDeps,
  testImage,
  withLayers,
} from '../spec/testing/fixtures';
import type { PrintImage } from '../spec/types';
import type { Zone } from '../templates/schema';
import { newClipartLayer } from './clipart/defaults';
import { newMonogramLayer } from './monogram/defaults';
import { layerKinds } from './registry';
import { newShapeLayer } from './shape/defaults';

const ZONES = [
  { slug: 'heavy-cotton-tee', zoneId: 'front', method: 'print' },
  { slug: 'five-pocket-jeans', zoneId: 'patch-engraving', method: 'engrave' },
  { slug: 'five-pocket-jeans', zoneId: 'pocket-embroidery', method: 'embroider' },
] as const;

/** The zone's darkest colour: visible on the white page a PDF is drawn on. */
function darkest(zone: Zone): string {
  const luma = (hex: string) => {
    const v = parseInt(hex.slice(1), 16);
    return 0.2126 * (v >> 16) + 0.7152 * ((v >> 8) & 255) + 0.0722 * (v & 255);
  };
  return [...zone.colours].sort((a, b) => luma(a.hex) - luma(b.hex))[0]!.id;
}

const singleColourIcon = LIBRARY_CLIPART.find((i) => i.singleColour && i.name === 'Heart')!;

/** One layer of each kind, about a third of the zone's shorter side, centred. */
const SAMPLES: Record<LayerKind, (zone: Zone, photo: PrintImage) => Layer> = {
  text: (zone) => ({
    ...newTextLayer(zone, 'text', 'Onekind'),
    colourId: darkest(zone),
    sizeMm: Math.min(zone.rect.heightMm / 4, zone.rect.widthMm / 6),
  }),
  image: (zone, photo) => ({
    ...newImageLayer(zone, 'image', photo.originalSha256, 400, 300),
    widthMm: Math.min(zone.rect.widthMm, zone.rect.heightMm) / 2,
  }),
  shape: (zone) => ({ ...newShapeLayer(zone, 'shape', 'star'), fillColourId: darkest(zone) }),
  clipart: (zone) => ({ ...newClipartLayer(zone, 'clipart', singleColourIcon), colourId: darkest(zone) }),
  monogram: (zone) => ({
    ...newMonogramLayer(zone, 'monogram', 'classic', 'AJK'),
    colourId: darkest(zone),
    sizeMm: Math.min(zone.rect.heightMm / 3, zone.rect.widthMm / 5),
  }),
};

type Box = { x0: number; y0: number; x1: number; y1: number };

/** The inked box of an RGBA raster covering the bleed box, in mm from the bleed box's corner. */
function inkBox(data: Buffer, width: number, height: number, zone: Zone): Box | null {
  const mmPerPx = (zone.rect.widthMm + 2 * zone.bleedMm) / width;
  let box: Box | null = null;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const inked = data[i + 3]! > 128 && Math.min(data[i]!, data[i + 1]!, data[i + 2]!) < 235;
      if (!inked) continue;
      box ??= { x0: x, y0: y, x1: x, y1: y };
      box = {
        x0: Math.min(box.x0, x),
        y0: Math.min(box.y0, y),
        x1: Math.max(box.x1, x),
        y1: Math.max(box.y1, y),
      };
    }
  if (!box) return null;
  return {
    x0: box.x0 * mmPerPx,
    y0: box.y0 * mmPerPx,
    x1: (box.x1 + 1) * mmPerPx,
    y1: (box.y1 + 1) * mmPerPx,
  };
}

let photo: PrintImage;
beforeAll(async () => {
  photo = await testImage(400, 300);
});

describe.each(ZONES)('$method ($slug, $zoneId)', ({ slug, zoneId }) => {
  const template = seedTemplate(slug);
  const zone = template.zones.find((z) => z.id === zoneId)!;

  it.each(Object.keys(layerKinds) as LayerKind[])(
    'draws a %s layer in the SVG, PNG and PDF alike, inside the bleed box, no fonts or text in the PDF',
    async (kind) => {
      const layer = SAMPLES[kind](zone, photo);
      const built = await buildLineFiles(
        lineSource(template, withLayers(defaultDesign(template), zone.id, [layer])),
        await specDeps({ [photo.originalSha256]: photo }),
      );
      const file = (suffix: string) =>
        built.files.find((f) => f.name.endsWith(`_${zone.id}${suffix}`))!.bytes;

      const svg = Buffer.from(file('.svg'));
      expect(svg.toString('utf8')).not.toMatch(/<text|<font|@font-face/);
      const pdf = file('.pdf');
      expect(poppler('pdffonts', [], pdf).trim().split('\n')).toHaveLength(2);
      expect(poppler('pdftotext', [], pdf).trim()).toBe('');

      const png = await sharp(file('.png')).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      // About 6 px per mm for the SVG's own rasterisation, as the PNG is printed.
      const widthPx = png.info.width;
      const svgRaster = await sharp(svg, {
        density: (25.4 * widthPx) / (zone.rect.widthMm + 2 * zone.bleedMm),
      })
        .resize(widthPx)
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const pdfPage = await pdfPageRaster(pdf, (25.4 * widthPx) / (zone.rect.widthMm + 2 * zone.bleedMm), 4);

      // The preview's canvas painter, given the same elements the files were drawn from.
      const deps = await specDeps({ [photo.originalSha256]: photo });
      const { widthPx: w, heightPx: h } = { widthPx: png.info.width, heightPx: png.info.height };
      const elements = zoneElements(zone, [layer], {
        fonts: deps.fonts,
        images: { [photo.originalSha256]: { widthPx: 400, heightPx: 300, href: photo.href } },
      });
      const painted = recordingCanvas();
      expect(paintZoneElements(painted.c, zone, elements, w, h, pathSources(true))).toBe(true);
      const canvasPoints = [
        ...painted.fills.flatMap((f) => f.points),
        ...painted.strokes.flatMap((st) =>
          st.points.flatMap((p) => [
            { x: p.x - st.halfWidthPx, y: p.y - st.halfWidthPx },
            { x: p.x + st.halfWidthPx, y: p.y + st.halfWidthPx },
          ]),
        ),
        ...painted.images.flatMap((i) => i.corners),
      ];
      const pxToMm = (zone.rect.widthMm + 2 * zone.bleedMm) / w;
      const drawn = boundsOf(canvasPoints);

      const boxes = {
        canvas: {
          x0: drawn.left * pxToMm,
          y0: drawn.top * pxToMm,
          x1: drawn.right * pxToMm,
          y1: drawn.bottom * pxToMm,
        },
        png: inkBox(png.data, png.info.width, png.info.height, zone),
        svg: inkBox(svgRaster.data, svgRaster.info.width, svgRaster.info.height, zone),
        pdf: inkBox(pdfPage.data, pdfPage.info.width, pdfPage.info.height, zone),
      };
      const bleed = { w: zone.rect.widthMm + 2 * zone.bleedMm, h: zone.rect.heightMm + 2 * zone.bleedMm };
      for (const [name, box] of Object.entries(boxes)) {
        expect(box, `${name} has ink`).not.toBeNull();
        // Inside the bleed box, clear of its edges (the layer is centred and smaller than the zone).
        expect(box!.x0, name).toBeGreaterThan(0.5);
        expect(box!.y0, name).toBeGreaterThan(0.5);
        expect(box!.x1, name).toBeLessThan(bleed.w - 0.5);
        expect(box!.y1, name).toBeLessThan(bleed.h - 0.5);
      }
      // The three renderers put the ink in the same place, within a pixel or two.
      const tolerance = Math.max(0.6, (3 * bleed.w) / widthPx);
      for (const side of ['x0', 'y0', 'x1', 'y1'] as const) {
        expect(Math.abs(boxes.svg![side] - boxes.png![side]), `svg ${side}`).toBeLessThan(tolerance);
        expect(Math.abs(boxes.pdf![side] - boxes.png![side]), `pdf ${side}`).toBeLessThan(tolerance);
        expect(Math.abs(boxes.canvas[side] - boxes.png![side]), `canvas ${side}`).toBeLessThan(tolerance);
      }
    },
  );
});
