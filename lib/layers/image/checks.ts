// An image layer's production checks: the zone takes images, the upload exists, and it has
// enough pixels for its printed width.
import type { DesignIssue } from '../../design/validate';
import type { RenderContext } from '../../render/zone-svg';
import type { Zone } from '../../templates/schema';
import type { ImageLayer } from './schema';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Every problem with one image layer in its zone. */
export function imageIssues(zone: Zone, layer: ImageLayer, ctx: RenderContext | undefined): DesignIssue[] {
  const at = { zoneId: zone.id, layerId: layer.id };
  if (!zone.content.image)
    return [
      { severity: 'error', code: 'image-not-allowed', ...at, message: `${zone.name} does not take images.` },
    ];
  const info = ctx?.images[layer.uploadId];
  if (!ctx) return [];
  if (!info)
    return [
      {
        severity: 'error',
        code: 'image-missing',
        ...at,
        message: 'This image was not uploaded; add it again.',
      },
    ];
  const dpi = info.widthPx / (layer.widthMm / 25.4);
  if (dpi >= zone.minImageDpi) return [];
  const maxWidth = Math.floor((info.widthPx / zone.minImageDpi) * 25.4 * 10) / 10;
  return [
    {
      severity: 'warning',
      code: 'low-resolution',
      ...at,
      message: `This image is ${Math.round(dpi)} dpi at ${round1(layer.widthMm)} mm wide and may print blurry (${zone.minImageDpi} dpi needed). Print it at most ${maxWidth} mm wide, or upload a larger image.`,
    },
  ];
}
