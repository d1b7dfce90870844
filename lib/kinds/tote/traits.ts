// The tote as brands read it, with the checks and facts its geometry decides.
import type { KindTraits } from '../kind';
import { toteFacts } from './facts';
import { toteRules } from './rules';

// The parts of the 3D model (components/kinds/tote/model.ts) an option can dress.
const PARTS = [{ id: 'fabric', label: 'Canvas and handles' }];

export const toteTraits: KindTraits<'tote'> = {
  label: 'Tote bag',
  summary:
    'A canvas tote with a gusset and two handles, printed front and back. You set panels, gusset and handles in mm.',
  parts: () => PARTS,
  // A tote is made in one size: its panels, gusset and handles are in the geometry, as a
  // mug's are. A brand offering a small and a large tote makes two products.
  measurements: [],
  // A zone drawn in the studio starts from the panel's left edge with 2 mm bleed, as the studio
  // has always placed it; the reference prints (seed.ts) are centred and have no bleed.
  newZone: { anchor: 'top-left', bleedMm: 2 },
  fieldLabels: { fabric: 'Fabric', 'fabric.weightOz': 'Weight (oz/yd²)', handle: 'Handle' },
  rules: toteRules,
  facts: toteFacts,
};
