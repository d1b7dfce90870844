// The monogram layouts a brand may allow per zone (zone.monograms).

export const MONOGRAM_LAYOUTS = ['classic', 'circle'] as const;
export type MonogramLayout = (typeof MONOGRAM_LAYOUTS)[number];

/** Short names, for the shopper's layout select. */
export const MONOGRAM_LABELS: Record<MonogramLayout, string> = { classic: 'Classic', circle: 'Circle' };

/** What each layout looks like, for the brand choosing them in the studio. */
export const MONOGRAM_DESCRIPTIONS: Record<MonogramLayout, string> = {
  classic: 'Classic (larger middle letter)',
  circle: 'Circle (letters in a ring)',
};
