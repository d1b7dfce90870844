// The tee as brands read it, with the points of measure every size states.
import type { KindTraits } from '../kind';
import { teeFacts } from './facts';

// The parts of the 3D model (components/kinds/tee/model.ts) an option can dress.
const PARTS = [{ id: 'fabric', label: 'Fabric' }];

export const teeTraits: KindTraits<'tee'> = {
  label: 'T-shirt',
  summary: 'A crew-neck tee in graded sizes with a front print. You set the points of measure per size.',
  parts: () => PARTS,
  measurements: [
    { key: 'chestWidthMm', label: 'Chest width, laid flat' },
    { key: 'bodyLengthMm', label: 'Body length from high point shoulder' },
    { key: 'sleeveLengthMm', label: 'Sleeve length from shoulder seam' },
  ],
  // Garment prints are placed from the panel's centre line, so one zone fits every size; DTG
  // prints on the finished garment, so nothing is trimmed.
  newZone: { anchor: 'top-centre', bleedMm: 0 },
  fieldLabels: {
    fabric: 'Fabric',
    'fabric.gsm': 'Weight (g/m²)',
    neckWidthMm: 'Neck width',
    frontNeckDropMm: 'Front neck drop',
    backNeckDropMm: 'Back neck drop',
    ribMm: 'Collar rib',
  },
  // The sizes carry its measures (checked against `measurements`); the schema checks the rest.
  rules: () => [],
  facts: teeFacts,
};
