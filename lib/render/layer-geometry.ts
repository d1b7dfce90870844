// Where a layer sits in its zone, in mm. The editor's handles, the "inside the safe area"
// checks and the renderer all measure layers here, so they agree on every layer's box.
import type { Layer } from '../design/schema';
import { layerKind } from '../layers/registry';
import type { RenderContext } from './zone-svg';

/** A layer's unrotated box size in mm. */
export type LayerSize = { widthMm: number; heightMm: number };

/** A point in zone mm (origin at the trim's top-left corner, y down). */
export type ZonePoint = { xMm: number; yMm: number };

/** An axis-aligned box in zone mm. */
export type ZoneBox = { left: number; top: number; right: number; bottom: number };

/** The layer's box size in mm; undefined when its font or image is not in the context. */
export function layerSize(layer: Layer, ctx: RenderContext): LayerSize | undefined {
  return layerKind(layer).size(layer, ctx);
}

/**
 * The four corners of the layer's box after rotation about its centre (clockwise, as SVG's
 * rotate() with y down), in zone mm: the box's own top-left, top-right, bottom-right, bottom-left.
 */
export function layerCorners(layer: Layer, size: LayerSize): ZonePoint[] {
  const radians = (layer.rotationDeg * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const w = size.widthMm / 2;
  const h = size.heightMm / 2;
  const local: Array<[number, number]> = [
    [-w, -h],
    [w, -h],
    [w, h],
    [-w, h],
  ];
  return local.map(([x, y]) => ({ xMm: layer.xMm + x * cos - y * sin, yMm: layer.yMm + x * sin + y * cos }));
}

/** The axis-aligned box around the rotated layer, in zone mm. */
export function layerBounds(layer: Layer, size: LayerSize): ZoneBox {
  const corners = layerCorners(layer, size);
  const xs = corners.map((c) => c.xMm);
  const ys = corners.map((c) => c.yMm);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}
