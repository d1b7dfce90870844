// Product geometry in millimetres, whatever the kind: the surfaces zones are placed on, and
// where a zone sits on one. The 3D preview, the zone surfaces and the production files all
// derive from these numbers. What a surface is on each kind is the kind's own
// (lib/kinds/<kind>/surfaces.ts).
import type { Geometry } from '../kinds/kind';
import { kindSurfaces } from '../kinds/surfaces';
import type { Rect } from './geometry-schema';

export type { Rect } from './geometry-schema';

/** A point in mm. */
export type Pt = [number, number];
/** A closed outline; open[i] marks the edge from point i to i + 1 as an opening (hem, waist). */
export type Outline = { points: Pt[]; open: boolean[] };

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
  return kindSurfaces(g.kind).surfaces(g, measurements);
}
