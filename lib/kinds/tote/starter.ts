// Where a new tote template starts: the canvas tote with its colour option and front zone. The
// shop is not seeded with it; the tests hold it to every rule the seeded products meet.
import type { KindStarter } from '../kind';
import { toteStarter } from './seed';

export const toteStart: KindStarter = {
  seed: toteStarter(),
  seeded: false,
  option: 'colour',
  choices: 2,
  zone: 'front',
};
