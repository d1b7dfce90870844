// The mug as brands read it, with the checks and facts its geometry decides.
import type { KindTraits } from '../kind';
import { mugFacts } from './facts';
import { mugRules } from './rules';

// The parts of the 3D model (components/kinds/mug/model.ts) an option can dress.
const PARTS = [
  { id: 'body', label: 'Outside wall' },
  { id: 'inside', label: 'Inside and handle' },
];

export const mugTraits: KindTraits<'mug'> = {
  label: 'Mug',
  summary: 'A ceramic mug with a wrap-around print. You set diameter, height and handle in mm.',
  parts: () => PARTS,
  measurements: [],
  // Sublimation paper is trimmed: placed from the handle's edge of the wrap, with bleed.
  newZone: { anchor: 'top-left', bleedMm: 2 },
  fieldLabels: {
    diameterMm: 'Diameter',
    capacityMl: 'Capacity (ml)',
    handle: 'Handle',
    'handle.projectionMm': 'Projection',
    handleClearanceMm: 'Unprintable band at the handle',
  },
  rules: mugRules,
  facts: mugFacts,
};
