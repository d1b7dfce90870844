// The image layer's tools (crop, quarter turns, flips, mask, filter): kept on the layer, drawn
// by every writer the same way, checked, and absent from layers that do not use them.
import { describe, expect, it } from 'vitest';
import { layerSchema } from '../../design/schema';
import { imageLayer, images, uploadId, zone } from '../../render/testing/fixtures';
import { paintZoneElements, type Canvas2D } from '../../render/zone-canvas';
import { elementSvg, renderZoneSvg, zoneElements, type RenderContext } from '../../render/zone-svg';
import { imageIssues } from './checks';
import { imageKind } from './module';
import { imageToolsSummary } from './summary';

const ctx: RenderContext = { fonts: { font: () => undefined }, images };
// 4000 x 3000 px: the right half's top two thirds is 2000 x 2000 px, 1:1.
const tools = {
  crop: { x: 0.5, y: 0, w: 0.5, h: 2 / 3 },
  flipX: true,
  mask: { shape: 'circle' as const },
  filter: { kind: 'greyscale' as const },
};

describe('image tools on the layer', () => {
  it('parses a layer without tools (stored designs) and one with every tool', () => {
    expect(layerSchema.parse(imageLayer())).toEqual(imageLayer());
    const all = imageLayer({
      ...tools,
      quarterTurns: 3,
      flipY: true,
      mask: { shape: 'rounded', radiusMm: 4 },
    });
    expect(layerSchema.parse(all)).toEqual(all);
    expect(() => layerSchema.parse(imageLayer({ crop: { x: 0.6, y: 0, w: 0.5, h: 1 } }))).toThrow();
    expect(() => layerSchema.parse(imageLayer({ quarterTurns: 4 }))).toThrow();
  });

  it('draws a layer without tools exactly as before', () => {
    const [element] = zoneElements(zone, [imageLayer()], ctx);
    expect(element).toEqual({
      kind: 'image',
      layerId: 'image-1',
      uploadId,
      href: images[uploadId]!.href,
      widthMm: 40,
      heightMm: 30,
      placement: { xMm: 50, yMm: 30, rotationDeg: 0 },
    });
    expect(elementSvg(element!)).not.toContain('clip');
  });

  it('sizes the box from the cropped, turned picture', () => {
    expect(imageKind.size(imageLayer({ crop: tools.crop }), ctx)).toEqual({ widthMm: 40, heightMm: 40 });
    expect(imageKind.size(imageLayer({ quarterTurns: 1 }), ctx)!.heightMm).toBeCloseTo(53.333, 3);
    expect(
      imageKind.size(imageLayer({ crop: { x: 0, y: 0, w: 0.5, h: 1 }, quarterTurns: 2 }), ctx)!.heightMm,
    ).toBe(60);
  });

  it('carries the look to be applied to the pixels, and the mask as a clip path in the SVG', () => {
    const layer = imageLayer({ ...tools, rotationDeg: 30 });
    const [element] = zoneElements(zone, [layer], ctx);
    expect(element).toMatchObject({
      widthMm: 40,
      heightMm: 40,
      look: { crop: tools.crop, quarterTurns: 0, flipX: true, flipY: false, filter: { kind: 'greyscale' } },
      mask: { shape: 'circle' },
    });
    const svg = renderZoneSvg(zone, [layer], ctx);
    const clip =
      /<g transform="translate\(50 30\) rotate\(30\)"><clipPath id="([^"]+)"><path d="M20 0C([^"]+)Z"\/><\/clipPath><image [^>]*x="-20" y="-20" width="40" height="40"[^>]* clip-path="url\(#([^)]+)\)"\/><\/g>/.exec(
        svg,
      );
    expect(clip).not.toBeNull();
    expect(clip![1]).toBe(clip![3]);
    expect(clip![1]).toBe('onekind-mask-image-1-circle-40x40');
  });

  it('clips the canvas to the same path before drawing the picture', () => {
    const [element] = zoneElements(zone, [imageLayer(tools)], ctx);
    const calls: string[] = [];
    const c = {
      fillStyle: '',
      save: () => calls.push('save'),
      restore: () => calls.push('restore'),
      setTransform: () => {},
      translate: () => {},
      rotate: () => {},
      clearRect: () => {},
      fill: () => {},
      clip: (path: Path2D) => calls.push(`clip ${path as unknown as string}`),
      drawImage: ((_: unknown, ...box: number[]) =>
        calls.push(`draw ${box.join(' ')}`)) as Canvas2D['drawImage'],
    } as unknown as Canvas2D;
    const sources = { path: (d: string) => d as unknown as Path2D, image: () => ({}) as CanvasImageSource };
    expect(paintZoneElements(c, zone, [element!], 212, 132, sources)).toBe(true);
    expect(calls[1]).toMatch(/^clip M20 0C.*Z$/);
    expect(calls[2]).toBe('draw -20 -20 40 40');
  });
});

describe('image tool checks', () => {
  const at = (codes: ReturnType<typeof imageIssues>) => codes.map((i) => i.code);

  it('measures the resolution of what is left after the crop', () => {
    // 4000 px at 400 mm: 254 dpi uncropped, 127 dpi with half the width kept (150 needed).
    expect(at(imageIssues(zone, imageLayer({ widthMm: 400 }), ctx))).toEqual([]);
    const cropped = imageIssues(zone, imageLayer({ widthMm: 400, crop: { x: 0, y: 0, w: 0.5, h: 1 } }), ctx);
    expect(at(cropped)).toEqual(['low-resolution']);
    expect(cropped[0]!.message).toContain('127 dpi');
    // A quarter turn prints the 3000 px side across.
    expect(at(imageIssues(zone, imageLayer({ widthMm: 600, quarterTurns: 1 }), ctx))).toEqual([
      'low-resolution',
    ]);
  });

  it('takes duotone colours from the zone only', () => {
    const duotone = (dark: string) =>
      imageLayer({ filter: { kind: 'duotone', darkColourId: dark, lightColourId: 'red' } });
    expect(at(imageIssues(zone, duotone('black'), ctx))).toEqual([]);
    expect(at(imageIssues(zone, duotone('gold'), ctx))).toEqual(['colour-not-allowed']);
  });

  it('lets an engraving zone take only filters a laser can burn', () => {
    const engraved = { ...zone, method: 'engrave' as const };
    expect(at(imageIssues(engraved, imageLayer({ filter: { kind: 'threshold' } }), ctx))).toEqual([]);
    expect(at(imageIssues(engraved, imageLayer({ filter: { kind: 'greyscale' } }), ctx))).toEqual([]);
    expect(at(imageIssues(engraved, imageLayer({ filter: { kind: 'sepia' } }), ctx))).toEqual([
      'filter-not-engravable',
    ]);
  });
});

describe('imageToolsSummary', () => {
  it('names the tools in use, and nothing for a plain image', () => {
    expect(imageToolsSummary(zone, imageLayer())).toBe('');
    expect(
      imageToolsSummary(
        zone,
        imageLayer({
          ...tools,
          quarterTurns: 1,
          filter: { kind: 'duotone', darkColourId: 'black', lightColourId: 'red' },
        }),
      ),
    ).toBe('cropped, turned 90°, flipped horizontally, cut to a circle, duotone in Black and Red');
  });
});
