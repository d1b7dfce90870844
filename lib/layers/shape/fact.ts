// What spec.json says of a shape layer: enough for a maker to check the file against it.
import type { ShapeLayer, ShapeName } from './schema';

export type ShapeFact = {
  layerId: string;
  shape: ShapeName;
  /** The outline's box (a line's length is its width); the outline is centred on its edge. */
  widthMm: number;
  heightMm: number;
  cornerRadiusMm?: number;
  centre: { xMm: number; yMm: number };
  rotationDeg: number;
  fillColourId: string | null;
  outline: { colourId: string; widthMm: number } | null;
};

/** The facts of a shape layer as drawn. */
export function shapeFact(layer: ShapeLayer): ShapeFact {
  const line = layer.shape === 'line';
  const outline =
    layer.strokeColourId !== null && layer.strokeWidthMm > 0
      ? { colourId: layer.strokeColourId, widthMm: layer.strokeWidthMm }
      : null;
  return {
    layerId: layer.id,
    shape: layer.shape,
    widthMm: layer.widthMm,
    heightMm: line ? 0 : layer.heightMm,
    ...(layer.shape === 'rounded-rectangle' ? { cornerRadiusMm: layer.cornerRadiusMm } : {}),
    centre: { xMm: layer.xMm, yMm: layer.yMm },
    rotationDeg: layer.rotationDeg,
    fillColourId: line ? null : layer.fillColourId,
    outline,
  };
}
