// The image layer kind: an upload placed at a printed width, charged per image.
import type { LayerKindModule } from '../kind';
import { imageIssues } from './checks';
import type { ImageLayer } from './schema';

const imageSize: LayerKindModule<ImageLayer>['size'] = (layer, ctx) => {
  const image = ctx.images[layer.uploadId];
  if (!image || image.widthPx <= 0) return undefined;
  return { widthMm: layer.widthMm, heightMm: (layer.widthMm * image.heightPx) / image.widthPx };
};

export const imageKind: LayerKindModule<ImageLayer> = {
  kind: 'image',
  name: () => 'Image',
  size: imageSize,
  element(_zone, layer, ctx) {
    const image = ctx.images[layer.uploadId];
    const size = imageSize(layer, ctx);
    if (!image || !size) return undefined;
    const placement = { xMm: layer.xMm, yMm: layer.yMm, rotationDeg: layer.rotationDeg };
    return {
      kind: 'image',
      layerId: layer.id,
      uploadId: layer.uploadId,
      href: image.href,
      ...size,
      placement,
    };
  },
  colourIds: () => [],
  issues: imageIssues,
  charges: () => ({ characters: 0, images: 1, shapes: 0 }),
  scale: { value: (layer) => layer.widthMm, patch: (_layer, widthMm) => ({ widthMm }), maxMm: 2000 },
};
