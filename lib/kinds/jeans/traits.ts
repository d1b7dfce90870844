// The jeans as brands read them, with the points of measure every size states.
import type { KindTraits } from '../kind';
import { jeansFacts } from './facts';

// The parts of the 3D model (components/kinds/jeans/model.ts) an option can dress.
const PARTS = [
  { id: 'fabric', label: 'Denim' },
  { id: 'thread', label: 'Stitching thread' },
  { id: 'hardware', label: 'Rivets and button' },
  { id: 'patch', label: 'Leather patch' },
];

export const jeansTraits: KindTraits<'jeans'> = {
  label: 'Jeans',
  summary: 'Five-pocket jeans in waist and length sizes with back-pocket embroidery.',
  parts: () => PARTS,
  measurements: [
    { key: 'waistMm', label: 'Waist' },
    { key: 'frontRiseMm', label: 'Front rise' },
    { key: 'backRiseMm', label: 'Back rise' },
    { key: 'hipMm', label: 'Hip' },
    { key: 'thighMm', label: 'Thigh' },
    { key: 'kneeMm', label: 'Knee' },
    { key: 'legOpeningMm', label: 'Leg opening' },
    { key: 'inseamMm', label: 'Inseam' },
    { key: 'outseamMm', label: 'Outseam' },
  ],
  // Garment zones are placed from the centre line, so one zone fits every size; embroidery and
  // engraving are not trimmed.
  newZone: { anchor: 'top-centre', bleedMm: 0 },
  fieldLabels: {
    fabric: 'Fabric',
    'fabric.weightOz': 'Weight (oz/yd²)',
    waistbandMm: 'Waistband height',
    backPocket: 'Back pocket',
    patch: 'Leather patch',
  },
  // The sizes carry its measures (checked against `measurements`); the schema checks the rest.
  rules: () => [],
  facts: jeansFacts,
};
