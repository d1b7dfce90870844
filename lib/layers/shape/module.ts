// The shape layer kind: vector outlines in mm, filled and stroked in zone colours.
import type { LayerKindModule } from '../kind';
import { shapeIssues } from './checks';
import { isOpenShape, shapeOutline } from './outline';
import { SHAPE_LABELS } from './names';
import type { ShapeLayer } from './schema';
import { shapeSummary } from './summary';

export { SHAPE_LABELS } from './names';

const stroked = (layer: ShapeLayer) => layer.strokeColourId !== null && layer.strokeWidthMm > 0;
const visible = (layer: ShapeLayer) =>
  stroked(layer) || (layer.fillColourId !== null && !isOpenShape(layer.shape));

export const shapeKind: LayerKindModule<ShapeLayer> = {
  kind: 'shape',
  name: (layer) => SHAPE_LABELS[layer.shape],
  summary: shapeSummary,
  // The box holds the stroke, which is centred on the outline (round joins keep it within).
  size(layer) {
    const stroke = stroked(layer) ? layer.strokeWidthMm : 0;
    if (isOpenShape(layer.shape)) return { widthMm: layer.widthMm, heightMm: Math.max(stroke, 0.1) };
    return { widthMm: layer.widthMm + stroke, heightMm: layer.heightMm + stroke };
  },
  element(zone, layer) {
    const colour = (id: string | null) =>
      id === null ? undefined : zone.colours.find((c) => c.id === id)?.hex;
    const fill = isOpenShape(layer.shape) ? undefined : colour(layer.fillColourId);
    const strokeColour = stroked(layer) ? colour(layer.strokeColourId) : undefined;
    if (!fill && !strokeColour) return undefined;
    return {
      kind: 'path',
      layerId: layer.id,
      pathData: shapeOutline(layer),
      fill: fill ?? 'none',
      ...(strokeColour ? { stroke: { colour: strokeColour, widthMm: layer.strokeWidthMm } } : {}),
      placement: { xMm: layer.xMm, yMm: layer.yMm, rotationDeg: layer.rotationDeg },
    };
  },
  colourIds: (layer) => [
    ...(layer.fillColourId !== null && !isOpenShape(layer.shape) ? [layer.fillColourId] : []),
    ...(stroked(layer) && layer.strokeColourId !== null ? [layer.strokeColourId] : []),
  ],
  issues: (zone, layer) => shapeIssues(zone, layer),
  charges: (layer) => (visible(layer) ? { characters: 0, images: 0, shapes: 1 } : undefined),
  scale: {
    value: (layer) => layer.widthMm,
    // Width and height together, so a scaled shape keeps its proportions.
    patch: (layer, widthMm) => ({
      widthMm,
      heightMm: Math.max(1, Math.round(layer.heightMm * (widthMm / layer.widthMm) * 100) / 100),
    }),
    maxMm: 2000,
  },
};
