// Human names for the points of measure a template's sizes carry.

const LABELS: Record<string, string> = {
  chestWidthMm: 'Chest width, laid flat',
  bodyLengthMm: 'Body length from high point shoulder',
  sleeveLengthMm: 'Sleeve length from shoulder seam',
  waistMm: 'Waist',
  frontRiseMm: 'Front rise',
  backRiseMm: 'Back rise',
  hipMm: 'Hip',
  thighMm: 'Thigh',
  kneeMm: 'Knee',
  legOpeningMm: 'Leg opening',
  inseamMm: 'Inseam',
  outseamMm: 'Outseam',
};

/** A readable label for a measurement key, e.g. "frontRiseMm" -> "Front rise". */
export function measurementLabel(key: string): string {
  return LABELS[key] ?? key.replace(/Mm$/, '').replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}
