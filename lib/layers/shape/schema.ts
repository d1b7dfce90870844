// A shape layer: a rectangle, rounded rectangle, ellipse, line, star or heart in mm, filled
// and outlined in the zone's colours.
import { z } from 'zod';
import { layerId, position, rotation, sharedLayerFields } from '../common';

import { SHAPES } from './names';

export { SHAPES, type ShapeName } from './names';

export const shapeLayerSchema = z.object({
  id: layerId,
  kind: z.literal('shape'),
  shape: z.enum(SHAPES, { error: 'Choose a rectangle, rounded rectangle, ellipse, line, star or heart' }),
  /** The outline's box (a line's length is its width); the stroke is centred on the outline. */
  widthMm: z.number().min(1, { error: 'Shapes must be at least 1 mm wide' }).max(2000),
  heightMm: z.number().min(1, { error: 'Shapes must be at least 1 mm high' }).max(2000),
  /** Rounded rectangles only; capped at half the shorter side when drawn. */
  cornerRadiusMm: z.number().min(0).max(1000).default(0),
  /** A zone colour id, or null for no fill (a line is never filled). */
  fillColourId: z.string().min(1).nullable(),
  /** A zone colour id, or null for no outline. */
  strokeColourId: z.string().min(1).nullable(),
  strokeWidthMm: z.number().min(0).max(50, { error: 'Outlines are at most 50 mm wide' }),
  xMm: position('x'),
  yMm: position('y'),
  rotationDeg: rotation,
  ...sharedLayerFields,
});

export type ShapeLayer = z.infer<typeof shapeLayerSchema>;
