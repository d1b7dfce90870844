// A text layer: lines of text in one of the zone's fonts and colours, drawn as outlines.
import { z } from 'zod';
import { layerId, position, rotation, sharedLayerFields } from '../common';

export const textArcSchema = z.object({
  /** The circle through the middle of the first line's capitals. */
  radiusMm: z.number().min(5, { error: 'An arc needs a radius of at least 5 mm' }).max(2000),
  /** up: over the top of the circle, reading clockwise; down: along its bottom. */
  direction: z.enum(['up', 'down']),
});

export const textFitSchema = z.object({
  widthMm: z.number().min(1).max(2000),
  heightMm: z.number().min(1).max(2000),
  /** The smallest size (em, mm) the text may shrink to. */
  minSizeMm: z.number().min(0.5).max(500),
});

export const textLayerSchema = z.object({
  id: layerId,
  kind: z.literal('text'),
  /** Lines are separated by "\n". Limits per zone are checked by validateDesign, not here. */
  text: z.string().max(1000, { error: 'Text is too long' }),
  fontId: z.string().min(1),
  colourId: z.string().min(1),
  /** Font size: the em height in millimetres (capital letters are about 0.7 of it). */
  sizeMm: z.number().min(0.5, { error: 'Text must be at least 0.5 mm tall' }).max(500),
  align: z.enum(['left', 'centre', 'right']),
  letterSpacingMm: z.number().min(-10).max(100),
  lineHeight: z.number().min(0.7).max(3),
  /** Centre of the layer, from the zone's top-left trim corner, in mm. */
  xMm: position('x'),
  yMm: position('y'),
  rotationDeg: rotation,
  ...sharedLayerFields,
  /** Outline around the letters: a zone colour id (null or unset: none) and its width in mm. */
  strokeColourId: z.string().min(1).nullable().optional(),
  strokeWidthMm: z.number().min(0).max(20, { error: 'Text outlines are at most 20 mm wide' }).optional(),
  /** Text on a circle (null or unset: straight). */
  arc: textArcSchema.nullable().optional(),
  /** Shrink to fit a box (null or unset: always at sizeMm). */
  fit: textFitSchema.nullable().optional(),
});

export type TextLayer = z.infer<typeof textLayerSchema>;
export type TextArc = z.infer<typeof textArcSchema>;
export type TextFit = z.infer<typeof textFitSchema>;
