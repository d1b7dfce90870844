// Product geometry in millimetres, one shape per product kind. The 3D preview, the zone
// surfaces and (later) the production files all derive from these numbers.
import type { Geometry, ProductKind } from '../kinds/kind';
import { jeansSurfaces } from '../kinds/jeans/surfaces';
import { mugSurfaces } from '../kinds/mug/surfaces';
import { teeSurfaces } from '../kinds/tee/surfaces';
import { toteSurfaces } from '../kinds/tote/surfaces';
import { phoneCaseSurfaces } from '../kinds/phone-case/surfaces';
import type { Rect } from './geometry-schema';

export type { Rect } from './geometry-schema';

/** A point in mm. */
export type Pt = [number, number];
/** A closed outline; open[i] marks the edge from point i to i + 1 as an opening (hem, waist). */
export type Outline = { points: Pt[]; open: boolean[] };

/** Garment measurements every size of a kind must state (points of measure, in mm). */
export const REQUIRED_MEASUREMENTS: Record<ProductKind, readonly string[]> = {
  'phone-case': [],
  mug: [],
  tee: ['chestWidthMm', 'bodyLengthMm', 'sleeveLengthMm'],
  jeans: ['waistMm', 'frontRiseMm', 'backRiseMm', 'hipMm', 'thighMm', 'kneeMm', 'legOpeningMm', 'inseamMm', 'outseamMm'],
  // A tote is made in one size: its panels, gusset and handles are in the geometry, as a
  // mug's are. A brand offering a small and a large tote makes two products.
  tote: [],
};

/** A flat area of the product, unwrapped, on which zones are placed (origin top-left). */
export type Surface = {
  id: string;
  name: string;
  widthMm: number;
  heightMm: number;
  /** Areas no artwork may cover: a camera hole, a handle, a tote's top hem. */
  keepOuts: Array<Rect & { reason: string }>;
};

/**
 * Where a zone sits on a surface. Garment prints are placed the way tech packs state them:
 * centred on the panel and measured down from the top, so one zone fits every size.
 */
export function placeRect(rect: Rect, anchor: 'top-left' | 'top-centre', surface: { widthMm: number }): Rect {
  if (anchor === 'top-left') return rect;
  return { ...rect, xMm: (surface.widthMm - rect.widthMm) / 2 + rect.xMm };
}

/**
 * The surfaces of a product in a given size. Garment panels depend on the size's
 * measurements; hard goods and totes have one size.
 */
export function surfacesFor(g: Geometry, measurements: Record<string, number>): Surface[] {
  switch (g.kind) {
    case 'phone-case':
      return phoneCaseSurfaces.surfaces(g, measurements);
    case 'mug':
      return mugSurfaces.surfaces(g, measurements);
    case 'tee':
      return teeSurfaces.surfaces(g, measurements);
    case 'tote':
      return toteSurfaces.surfaces(g, measurements);
    case 'jeans':
      return jeansSurfaces.surfaces(g, measurements);
  }
}
