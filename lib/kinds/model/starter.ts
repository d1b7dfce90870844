// Where a new model product starts: the water bottle, with its finish option (two choices) and
// its engraving zone. The notebook is seeded too, as a second product made from a model.
import type { KindStarter } from '../kind';
import { waterBottle } from './seed-bottle';
import { notebook } from './seed-notebook';

export const modelStart: KindStarter = {
  seed: waterBottle,
  seeded: true,
  alsoSeeded: [notebook],
  option: 'finish',
  choices: 2,
  zone: 'engraving',
};
