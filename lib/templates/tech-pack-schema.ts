// The tech pack a garment template carries: how each point of measure is taken with its
// tolerance and grade, the bill of materials and the sewing operations. Every entry names its
// source, so a maker can tell a published figure from our own.
import { z } from 'zod';

const source = z.string().min(1, { error: 'Say where the figure comes from' });

export const techPackSchema = z.object({
  pointsOfMeasure: z.array(
    z.object({
      /** A key of the sizes' measurements, e.g. "waistMm". */
      key: z.string().min(1),
      howToMeasure: z.string().min(1),
      /** Plus or minus, in mm. */
      toleranceMm: z.number().nonnegative(),
      /** Change per size step in mm, and what a step is ("per waist inch"). */
      gradeMm: z.number().nonnegative(),
      gradeStep: z.string().min(1),
      source,
    }),
  ),
  billOfMaterials: z.array(z.object({ item: z.string().min(1), description: z.string().min(1), quantity: z.string().min(1), source })),
  operations: z.array(
    z.object({
      operation: z.string().min(1),
      /** ISO 4915 stitch type, e.g. "401 two-thread chainstitch". */
      stitchClass: z.string().min(1),
      stitchesPerInch: z.number().positive(),
      thread: z.string().min(1),
      source,
    }),
  ),
});

export type TechPack = z.infer<typeof techPackSchema>;
