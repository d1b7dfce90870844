// Where a new phone case starts: the iPhone 17 case, with its finish option (two choices) and its
// back zone.
import type { KindStarter } from '../kind';
import { phoneCase } from './seed';

export const phoneCaseStart: KindStarter = {
  seed: phoneCase,
  seeded: true,
  option: 'finish',
  choices: 2,
  zone: 'back',
};
