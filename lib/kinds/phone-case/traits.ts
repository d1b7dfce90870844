// The phone case as brands read it, with the checks and facts its geometry decides.
import type { KindTraits } from '../kind';
import { phoneCaseFacts } from './facts';
import { phoneCaseRules } from './rules';

// The parts of the 3D model (components/kinds/phone-case/model.ts) an option can dress.
const PARTS = [
  { id: 'case', label: 'Case back' },
  { id: 'sides', label: 'Case sides' },
];

export const phoneCaseTraits: KindTraits<'phone-case'> = {
  label: 'Phone case',
  summary: 'A protective case with a printed back. You set the device size, walls and camera cut-out in mm.',
  parts: () => PARTS,
  measurements: [],
  // Printed edge to edge on a flat back, trimmed: placed from the corner, with bleed.
  newZone: { anchor: 'top-left', bleedMm: 2 },
  fieldLabels: {
    device: 'Device',
    'device.model': 'Model',
    shell: 'Shell',
    'shell.wallMm': 'Wall',
    'shell.clearanceMm': 'Fit clearance',
    'shell.backMm': 'Back thickness',
    'shell.lipMm': 'Screen lip',
    camera: 'Camera cut-out',
    'camera.xMm': 'From left',
    'camera.yMm': 'From top',
  },
  rules: phoneCaseRules,
  facts: phoneCaseFacts,
};
