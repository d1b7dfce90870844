// Where a clipart layer's artwork comes from: the starter library (shipped with the app, so
// always at hand) or the brand's uploads, which the caller puts into the render context.
import type { ClipartItem } from '../../clipart/library';
import { LIBRARY_CLIPART } from '../../clipart/library';
import { clipartDrawing, type ClipartDrawing } from '../../clipart/paths';
import type { RenderContext } from '../../render/zone-svg';

const LIBRARY = new Map(LIBRARY_CLIPART.map((item) => [item.id, item]));

/** True when the id names a starter library icon. */
export const isLibraryClipart = (id: string): boolean => LIBRARY.has(id);

/** The clipart with this id: a library icon, or a brand upload present in the context. */
export function findClipart(id: string, ctx: RenderContext | undefined): ClipartItem | undefined {
  return LIBRARY.get(id) ?? ctx?.clipart?.[id];
}

// One parse per artwork: the same SVG text always draws the same parts.
const drawings = new Map<string, ClipartDrawing | null>();

/** The artwork's parts in viewBox units (cached by its SVG text). */
export function drawingOf(item: ClipartItem): ClipartDrawing | null {
  let drawing = drawings.get(item.svg);
  if (drawing === undefined) {
    drawing = clipartDrawing(item.svg);
    if (drawings.size > 500) drawings.clear();
    drawings.set(item.svg, drawing);
  }
  return drawing;
}

/** The ids of the clipart a set of layers uses that are not in the library (brand uploads). */
export function brandClipartIds(layers: Array<{ kind: string; clipartId?: string }>): string[] {
  return [
    ...new Set(
      layers.flatMap((l) =>
        l.clipartId !== undefined && !isLibraryClipart(l.clipartId) ? [l.clipartId] : [],
      ),
    ),
  ];
}
