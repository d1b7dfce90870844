// The monogram layouts a brand may allow per zone (zone.monograms).

export const MONOGRAM_LAYOUTS = ['classic', 'circle'] as const;
export type MonogramLayout = (typeof MONOGRAM_LAYOUTS)[number];

export const MONOGRAM_LABELS: Record<MonogramLayout, string> = {
  classic: 'Classic (larger middle letter)',
  circle: 'Circle frame',
};
