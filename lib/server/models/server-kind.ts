import 'server-only';
import type { ServerKind } from '../kinds';
import { remeasureModel } from './remeasure';
import { modelViewPictures } from './view-pictures';

/** A product made from a brand's model, on the server: surfaces measured on the stored model, and its saved views drawn. */
export const modelServerKind: ServerKind<'model'> = {
  remeasure: remeasureModel,
  viewPictures: modelViewPictures,
};
