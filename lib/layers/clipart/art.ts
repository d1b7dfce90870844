// Where a clipart layer's artwork comes from: the starter library (shipped with the app, so
// always at hand; in the browser a chunk of its own, see lib/clipart/library-source.browser.ts)
// or the brand's uploads, which the caller puts into the render context.
import { libraryClipartItem } from '#clipart-library';
import type { ClipartItem } from '../../clipart/library';
import { clipartDrawing, type ClipartDrawing } from '../../clipart/paths';
import type { RenderContext } from '../../render/zone-svg';

/** True when the id names a starter library icon (in the browser: one known yet). */
export const isLibraryClipart = (id: string): boolean => libraryClipartItem(id) !== undefined;

/** The clipart with this id: a library icon, or a brand upload present in the context. */
export function findClipart(id: string, ctx: RenderContext | undefined): ClipartItem | undefined {
  return libraryClipartItem(id) ?? ctx?.clipart?.[id];
}

/** The library icons a set of layers uses: what the page hands the browser with the design. */
export function libraryClipartOf(layers: Array<{ kind: string; clipartId?: string }>): ClipartItem[] {
  const ids = new Set(layers.flatMap((l) => (l.clipartId !== undefined ? [l.clipartId] : [])));
  return [...ids].flatMap((id) => libraryClipartItem(id) ?? []);
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
