// An image layer's production checks: the zone takes images, the upload exists, it has enough
// pixels for its printed width once cropped, and its filter can be made in the zone.
import type { DesignIssue } from '../../design/validate';
import { lookedPixelSize } from '../../render/image-look';
import type { RenderContext } from '../../render/zone-svg';
import type { Zone } from '../../templates/schema';
import type { ImageLayer } from './schema';

const round1 = (n: number) => Math.round(n * 10) / 10;

type At = { zoneId: string; layerId: string };

/** The filter's colours are the zone's, and an engraving zone gets a filter a laser can burn. */
function filterIssues(zone: Zone, layer: ImageLayer, at: At): DesignIssue[] {
  const f = layer.filter;
  if (!f) return [];
  const issues: DesignIssue[] = [];
  if (
    f.kind === 'duotone' &&
    [f.darkColourId, f.lightColourId].some((id) => !zone.colours.some((c) => c.id === id))
  )
    issues.push({
      severity: 'error',
      code: 'colour-not-allowed',
      ...at,
      message: `A duotone colour is not available for ${zone.name}.`,
    });
  // A laser burns or it does not: tones of two colours cannot be engraved, and a sepia tint is lost.
  if (zone.method === 'engrave' && (f.kind === 'duotone' || f.kind === 'sepia'))
    issues.push({
      severity: 'error',
      code: 'filter-not-engravable',
      ...at,
      message: `${zone.name} is engraved in one colour: use no filter, greyscale or threshold.`,
    });
  return issues;
}

/** The effective resolution of the cropped picture at its printed width. */
function resolutionIssues(zone: Zone, layer: ImageLayer, widthPx: number, at: At): DesignIssue[] {
  const dpi = widthPx / (layer.widthMm / 25.4);
  if (dpi >= zone.minImageDpi) return [];
  const maxWidth = Math.floor((widthPx / zone.minImageDpi) * 25.4 * 10) / 10;
  return [
    {
      severity: 'warning',
      code: 'low-resolution',
      ...at,
      message: `This image is ${Math.round(dpi)} dpi at ${round1(layer.widthMm)} mm wide and may print blurry (${zone.minImageDpi} dpi needed). Print it at most ${maxWidth} mm wide, or upload a larger image.`,
    },
  ];
}

/** The picture's printed width in pixels: what is left of the upload after its crop and turns. */
export function effectiveWidthPx(layer: ImageLayer, image: { widthPx: number; heightPx: number }): number {
  const quarterTurns = (layer.quarterTurns ?? 0) as 0 | 1 | 2 | 3;
  return lookedPixelSize(image.widthPx, image.heightPx, { crop: layer.crop, quarterTurns }).widthPx;
}

/** Every problem with one image layer in its zone. */
export function imageIssues(zone: Zone, layer: ImageLayer, ctx: RenderContext | undefined): DesignIssue[] {
  const at = { zoneId: zone.id, layerId: layer.id };
  if (!zone.content.image)
    return [
      { severity: 'error', code: 'image-not-allowed', ...at, message: `${zone.name} does not take images.` },
    ];
  const filters = filterIssues(zone, layer, at);
  const info = ctx?.images[layer.uploadId];
  if (!ctx) return filters;
  if (!info)
    return [
      ...filters,
      {
        severity: 'error',
        code: 'image-missing',
        ...at,
        message: 'This image was not uploaded; add it again.',
      },
    ];
  return [...filters, ...resolutionIssues(zone, layer, effectiveWidthPx(layer, info), at)];
}
