// Server pictures of a design "as it will be made" apply image tools as the files do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageLayer, zone } from '../render/testing/fixtures';
import type { RenderContext } from '../render/zone-svg';
import { madeLookElements } from './engraved-previews';
import { diskStorage } from './storage/disk';

const id = 'b'.repeat(64);
let root: string;
let ctx: RenderContext;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-looks-'));
  // A 40 x 20 px preview copy: red on the left half, blue on the right.
  const left = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer();
  const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#0000ff' } })
    .composite([{ input: left, left: 0, top: 0 }])
    .png()
    .toBuffer();
  fs.mkdirSync(path.join(root, 'uploads', id), { recursive: true });
  fs.writeFileSync(path.join(root, 'uploads', id, 'preview'), png);
  ctx = {
    fonts: { font: () => undefined },
    images: { [id]: { widthPx: 40, heightPx: 20, href: 'data:image/png;base64,' } },
  };
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('madeLookElements', () => {
  it('draws a looked image from the preview copy: cropped, flipped and filtered, its mask kept as a clip', async () => {
    const layer = imageLayer({
      uploadId: id,
      crop: { x: 0.25, y: 0, w: 0.5, h: 1 },
      flipX: true,
      filter: { kind: 'greyscale' },
      mask: { shape: 'circle' },
    });
    const [element] = await madeLookElements(zone, [layer], ctx, { objects: diskStorage(root) });
    if (element?.kind !== 'image') throw new Error('expected an image');
    expect(element.look).toBeUndefined();
    expect(element.mask).toEqual({ shape: 'circle' });
    const { data, info } = await sharp(Buffer.from(element.href.split(',')[1]!, 'base64'))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([20, 20]);
    // Flipped: blue (luma 18) on the left now, red (luma 54) on the right, both grey.
    const px = (x: number) => [...data.subarray(x * info.channels, x * info.channels + 3)];
    expect(px(0)).toEqual([18, 18, 18]);
    expect(px(19)).toEqual([54, 54, 54]);
  });

  it('leaves an image without tools as it was', async () => {
    const elements = await madeLookElements(zone, [imageLayer({ uploadId: id })], ctx, {
      objects: diskStorage(root),
    });
    expect(elements[0]).toMatchObject({ href: 'data:image/png;base64,' });
  });
});
