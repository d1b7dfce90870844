// A clipart layer as the zone renderer's path elements: each part of the artwork scaled from
// its viewBox to the layer's width in mm, centred on the layer, in its zone colour.
import type { ClipartItem } from '../../clipart/library';
import { segmentsPathData, type ClipartPart } from '../../clipart/paths';
import type { RenderContext, ZoneElement } from '../../render/zone-svg';
import type { Zone } from '../../templates/schema';
import { drawingOf, findClipart } from './art';
import type { ClipartLayer } from './schema';

export type ClipartGeometry = {
  item: ClipartItem;
  parts: ClipartPart[];
  widthMm: number;
  heightMm: number;
  /** viewBox units to mm. */
  scale: number;
};

/** The artwork's parts and size at the layer's width; undefined when the artwork is not at hand. */
export function clipartGeometry(
  layer: ClipartLayer,
  ctx: RenderContext | undefined,
): ClipartGeometry | undefined {
  const item = findClipart(layer.clipartId, ctx);
  const drawing = item && drawingOf(item);
  if (!item || !drawing) return undefined;
  const [, , w, h] = drawing.viewBox;
  const scale = layer.widthMm / w;
  return { item, parts: drawing.parts, widthMm: layer.widthMm, heightMm: h * scale, scale };
}

/** The outline widths the layer draws, in mm. */
export function clipartStrokeWidths(geometry: ClipartGeometry): number[] {
  return geometry.parts.flatMap((p) => (p.stroke ? [p.stroke.width * geometry.scale] : []));
}

/** The layer's parts as path elements, bottom first; [] when the artwork or its colour is unknown. */
export function clipartElements(zone: Zone, layer: ClipartLayer, ctx: RenderContext): ZoneElement[] {
  const geometry = clipartGeometry(layer, ctx);
  if (!geometry) return [];
  const recolour = layer.colourId === null ? null : zone.colours.find((c) => c.id === layer.colourId)?.hex;
  if (recolour === undefined) return [];
  const [x, y, w, h] = drawingOf(geometry.item)!.viewBox;
  const k = geometry.scale;
  const [dx, dy] = [-(x + w / 2) * k, -(y + h / 2) * k];
  const placement = { xMm: layer.xMm, yMm: layer.yMm, rotationDeg: layer.rotationDeg };
  const paint = (colour: string) => recolour ?? colour;
  return geometry.parts.map((part) => ({
    kind: 'path',
    layerId: layer.id,
    pathData: segmentsPathData(part.segments, k, dx, dy),
    fill: part.fill ? paint(part.fill) : 'none',
    ...(part.evenOdd ? { fillRule: 'evenodd' as const } : {}),
    ...(part.stroke
      ? {
          stroke: {
            colour: paint(part.stroke.colour),
            widthMm: Math.round(part.stroke.width * k * 1000) / 1000,
            ...(part.stroke.round ? { cap: 'round' as const } : {}),
          },
        }
      : {}),
    placement,
  }));
}

/** The colours the layer is made in: its zone colour, or its own palette. */
export function clipartPalette(layer: ClipartLayer, ctx: RenderContext | undefined): string[] {
  return layer.colourId === null ? (findClipart(layer.clipartId, ctx)?.palette ?? []) : [layer.colourId];
}
