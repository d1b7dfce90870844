import 'server-only';
import sharp from 'sharp';
import type { ImageInfo } from '../design/schema';
import { productIllustrationSvg } from '../render/product-illustration';
import { designZoneArt } from './design-picture';
import type { SavedDesign } from './designs';
import { readUploadPreview } from './uploads';

// A saved design as one PNG, for the places that cannot draw our SVG: a store embedding the
// configurator shows it in its cart, the API hands it out. The product in its chosen colours on
// the left, each personalized zone's artwork (as it will be made) on the right.

const HEIGHT = 640;
const PRODUCT_WIDTH = 640;
const ART_WIDTH = 320;
const GAP = 16;
const PAPER = { r: 255, g: 255, b: 255, alpha: 1 };

/** The upload previews as data: URLs, so librsvg draws them without fetching anything. */
async function inlineImages(saved: SavedDesign): Promise<Record<string, ImageInfo>> {
  const entries = await Promise.all(
    Object.values(saved.uploads).map(async (u) => {
      const file = await readUploadPreview(u.id);
      return file
        ? [
            [
              u.id,
              {
                widthPx: u.widthPx,
                heightPx: u.heightPx,
                href: `data:${file.contentType};base64,${Buffer.from(file.bytes).toString('base64')}`,
              },
            ] as const,
          ]
        : [];
    }),
  );
  return Object.fromEntries(entries.flat());
}

async function fit(svg: string, width: number, height: number, background = PAPER): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 300 })
    .resize(width, height, { fit: 'contain', background })
    .flatten({ background })
    .png()
    .toBuffer();
}

function hexColour(hex: string | undefined) {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  return m ? { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16), alpha: 1 } : PAPER;
}

/** The design's picture as a PNG (960 x 640 with artwork, 640 x 640 without). */
export async function designPreviewPng(saved: SavedDesign): Promise<Buffer> {
  const { template } = saved.version;
  const { design } = saved;
  const product = productIllustrationSvg(template, {
    variantId: design.variantId,
    choices: design.selection,
    title: template.name,
  });
  const productPng = await fit(product, PRODUCT_WIDTH, HEIGHT);
  const art = await designZoneArt(template, design, await inlineImages(saved));
  if (art.length === 0) return productPng;

  const tileHeight = Math.floor((HEIGHT - GAP * (art.length + 1)) / art.length);
  const tiles = await Promise.all(
    art.map(async ({ svg, colour }, i) => {
      const input = await fit(svg, ART_WIDTH - GAP, tileHeight, hexColour(colour));
      return { input, left: PRODUCT_WIDTH, top: GAP + i * (tileHeight + GAP) };
    }),
  );
  return sharp({
    create: { width: PRODUCT_WIDTH + ART_WIDTH, height: HEIGHT, channels: 4, background: PAPER },
  })
    .composite([{ input: productPng, left: 0, top: 0 }, ...tiles])
    .png()
    .toBuffer();
}
