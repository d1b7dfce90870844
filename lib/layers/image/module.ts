// The image layer kind: an upload placed at a printed width, charged per image.
import { lookedPixelSize } from '../../render/image-look';
import type { LayerKindModule } from '../kind';
import { imageIssues } from './checks';
import { layerLook } from './look';
import type { ImageLayer } from './schema';
import { imageSummary } from './summary';

// The box follows the picture after its crop and quarter turns (the pixels as they are drawn).
const imageSize: LayerKindModule<ImageLayer>['size'] = (layer, ctx) => {
  const image = ctx.images[layer.uploadId];
  if (!image || image.widthPx <= 0 || image.heightPx <= 0) return undefined;
  const turns = (layer.quarterTurns ?? 0) as 0 | 1 | 2 | 3;
  const px = lookedPixelSize(image.widthPx, image.heightPx, { crop: layer.crop, quarterTurns: turns });
  return { widthMm: layer.widthMm, heightMm: (layer.widthMm * px.heightPx) / px.widthPx };
};

export const imageKind: LayerKindModule<ImageLayer> = {
  kind: 'image',
  name: () => 'Image',
  summary: imageSummary,
  size: imageSize,
  element(zone, layer, ctx) {
    const image = ctx.images[layer.uploadId];
    const size = imageSize(layer, ctx);
    if (!image || !size) return undefined;
    const placement = { xMm: layer.xMm, yMm: layer.yMm, rotationDeg: layer.rotationDeg };
    const look = layerLook(zone, layer);
    return {
      kind: 'image',
      layerId: layer.id,
      uploadId: layer.uploadId,
      href: image.href,
      ...size,
      placement,
      ...(look ? { look } : {}),
      ...(layer.mask ? { mask: layer.mask } : {}),
    };
  },
  colourIds: () => [],
  issues: imageIssues,
  charges: () => ({ characters: 0, images: 1, shapes: 0 }),
  scale: { value: (layer) => layer.widthMm, patch: (_layer, widthMm) => ({ widthMm }), maxMm: 2000 },
};
