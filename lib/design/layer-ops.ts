// Layer handling as pure operations on a zone's layers (bottom first): stacking order,
// duplicating, locking and aligning to the zone. The editor store and the layout editor call
// these; the UI stays thin.
import type { Box } from '../editor/drag';
import type { Layer } from './schema';

/** A change of stacking order: one step towards the front or back, or all the way. */
export type Arrange = 'forward' | 'backward' | 'front' | 'back';

/** Where to align layers in their zone: an edge, or a centre line (centre: vertical, middle: horizontal). */
export type AlignTo = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';

/** The zone's trim size in mm: what layers align to. */
export type ZoneSize = { widthMm: number; heightMm: number };

/** Whether the layer is locked against moving and editing in the layout editor. */
export const isLocked = (layer: Pick<Layer, 'locked'>) => layer.locked === true;

/**
 * Moves the layers in `ids` forward or backward one place (past the next layer that is not
 * itself moving), or to the front or back; the moved layers keep their order among themselves.
 */
export function arrangeLayers(layers: Layer[], ids: readonly string[], move: Arrange): Layer[] {
  const chosen = new Set(ids);
  const moving = layers.filter((l) => chosen.has(l.id));
  if (moving.length === 0) return layers;
  const rest = layers.filter((l) => !chosen.has(l.id));
  if (move === 'front') return [...rest, ...moving];
  if (move === 'back') return [...moving, ...rest];
  const result = [...layers];
  // Step each chosen layer over its neighbour, front-most first when going forward so a
  // block of chosen layers moves as one.
  const order = result.map((_, i) => i);
  if (move === 'forward') order.reverse();
  for (const i of order) {
    const layer = result[i]!;
    if (!chosen.has(layer.id)) continue;
    const j = move === 'forward' ? i + 1 : i - 1;
    const neighbour = result[j];
    if (!neighbour || chosen.has(neighbour.id)) continue;
    result[j] = layer;
    result[i] = neighbour;
  }
  return result;
}

/**
 * Copies the layers in `ids` (new ids from `newId`, moved by `offsetMm` so the copy shows),
 * placing the copies just above the front-most original. Returns the layers and the copies' ids.
 */
export function duplicateLayers(
  layers: Layer[],
  ids: readonly string[],
  newId: () => string,
  offsetMm = 5,
): { layers: Layer[]; ids: string[] } {
  const chosen = layers.filter((l) => ids.includes(l.id));
  if (chosen.length === 0) return { layers, ids: [] };
  const copies = chosen.map((l) => ({ ...l, id: newId(), xMm: l.xMm + offsetMm, yMm: l.yMm + offsetMm }));
  const top = Math.max(...chosen.map((l) => layers.indexOf(l)));
  return {
    layers: [...layers.slice(0, top + 1), ...copies, ...layers.slice(top + 1)],
    ids: copies.map((c) => c.id),
  };
}

/**
 * Locks the layers in `ids`, or unlocks them when all of them are locked already (one toggle
 * for a mixed selection). Unlocking removes the field, so unlocked layers look as they always did.
 */
export function toggleLocked(layers: Layer[], ids: readonly string[]): Layer[] {
  const chosen = layers.filter((l) => ids.includes(l.id));
  const lock = chosen.some((l) => !isLocked(l));
  return layers.map((l) => {
    if (!ids.includes(l.id)) return l;
    if (lock) return { ...l, locked: true };
    const { locked: _locked, ...rest } = l;
    return rest;
  });
}

/**
 * The moves that align each layer's box (its rotated bounds) to the zone's edge or centre
 * line: a patch of the centre per layer id. Locked layers stay where they are.
 */
export function alignPatches(
  zone: ZoneSize,
  items: ReadonlyArray<{ layer: Layer; box: Box }>,
  to: AlignTo,
): Record<string, { xMm?: number; yMm?: number }> {
  const round = (v: number) => Math.round(v * 100) / 100;
  const patches: Record<string, { xMm?: number; yMm?: number }> = {};
  for (const { layer, box } of items) {
    if (isLocked(layer)) continue;
    const cx = (box.left + box.right) / 2;
    const cy = (box.top + box.bottom) / 2;
    switch (to) {
      case 'left':
        patches[layer.id] = { xMm: round(layer.xMm - box.left) };
        break;
      case 'centre':
        patches[layer.id] = { xMm: round(layer.xMm + zone.widthMm / 2 - cx) };
        break;
      case 'right':
        patches[layer.id] = { xMm: round(layer.xMm + zone.widthMm - box.right) };
        break;
      case 'top':
        patches[layer.id] = { yMm: round(layer.yMm - box.top) };
        break;
      case 'middle':
        patches[layer.id] = { yMm: round(layer.yMm + zone.heightMm / 2 - cy) };
        break;
      case 'bottom':
        patches[layer.id] = { yMm: round(layer.yMm + zone.heightMm - box.bottom) };
        break;
    }
  }
  return patches;
}

/** The selection after a click: only that layer, or (Shift/Ctrl/⌘) that layer toggled in or out. */
export function clickSelection(current: readonly string[], id: string, additive: boolean): string[] {
  if (!additive) return [id];
  return current.includes(id) ? current.filter((c) => c !== id) : [...current, id];
}
