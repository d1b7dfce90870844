// The seed models' front views for the catalogue drawing, computed from their GLBs by
// lib/kinds/model/outline.ts (seed-models.test.ts recomputes them and compares).
import type { ModelOutline } from './schema';

export const BOTTLE_OUTLINE: ModelOutline | undefined = undefined;
export const NOTEBOOK_OUTLINE: ModelOutline | undefined = undefined;
