import 'server-only';
import type { GeometryOf, ProductKind } from '../../kinds/kind';
import type { DrawProductViews, LineSource, ProductViewPicture, ZoneTexture } from '../../spec/types';
import { modelViewPictures } from '../models/view-pictures';

// The registry of product pictures for the production sheet, drawn on the server: a kind whose
// products have named views (a brand's saved cameras on its 3D model) draws them here. Kinds
// drawn procedurally have none; their sheet shows the catalogue drawing.

type ViewPictures<K extends ProductKind> = (
  g: GeometryOf<K>,
  source: LineSource,
  zones: ZoneTexture[],
) => Promise<ProductViewPicture[]>;

const KIND_VIEW_PICTURES: { [K in ProductKind]?: ViewPictures<K> } = {
  model: modelViewPictures,
};

/** The ordered product from each of its named views, or none for a kind that draws none. */
export const drawProductViews: DrawProductViews = async (source, zones) => {
  const g = source.template.geometry;
  const draw = KIND_VIEW_PICTURES[g.kind] as ViewPictures<typeof g.kind> | undefined;
  return draw ? draw(g, source, zones) : [];
};
