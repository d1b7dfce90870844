// Where new jeans start: the five-pocket jeans in 30 sizes, with the wash option (two choices) and
// the back pocket embroidery.
import type { KindStarter } from '../kind';
import { jeans } from './seed';

export const jeansStart: KindStarter = {
  seed: jeans,
  seeded: true,
  option: 'wash',
  choices: 2,
  zone: 'pocket-embroidery',
};
