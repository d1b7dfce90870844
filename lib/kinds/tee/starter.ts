// Where a new tee starts: the heavy cotton tee in five sizes, with its colour option (two choices)
// and its front print.
import type { KindStarter } from '../kind';
import { tee } from './seed';

export const teeStart: KindStarter = { seed: tee, seeded: true, option: 'colour', choices: 2, zone: 'front' };
