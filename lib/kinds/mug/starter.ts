// Where a new mug starts: the 11 oz mug, with its inside colour option (two choices) and its wrap zone.
import type { KindStarter } from '../kind';
import { mug } from './seed';

export const mugStart: KindStarter = { seed: mug, seeded: true, option: 'inside', choices: 2, zone: 'wrap' };
