// A product made from a brand's own 3D model, as brands read it. Its parts are the model's
// materials: an option targets one by name.
import type { KindTraits } from '../kind';
import { modelFacts } from './facts';
import { modelRules } from './rules';
import { modelSpecFacts } from './spec-facts';

export const modelTraits: KindTraits<'model'> = {
  label: '3D model',
  summary:
    'Any product from your own glTF/GLB model: its materials take your colour options, and zones go on areas of its UV layout measured in mm.',
  parts: (g) => g.parts.map((p) => ({ id: p.material, label: p.label })),
  measurements: [],
  // A zone drawn on a measured surface starts from its left edge, with no bleed (engraving and
  // pad printing on hard goods are not trimmed).
  newZone: { anchor: 'top-left', bleedMm: 0 },
  fieldLabels: {
    model: 'Model file',
    scaleToMm: 'Unit (mm per glTF unit)',
    boundsMm: 'Real size',
    parts: 'Materials options dress',
    surfaces: 'Printable surfaces',
    views: 'Camera views',
  },
  rules: modelRules,
  facts: modelFacts,
  spec: modelSpecFacts,
  storedFiles: (g) => [{ fileName: g.model.fileName, sha256: g.model.sha256 }],
};
