// The configurator's state: one store per editor (zustand vanilla, wrapped by a React provider).
// It holds only the serialisable design plus what is selected; price and validity are derived
// with lib/pricing and lib/design/validate, never stored.
import { createStore } from 'zustand/vanilla';
import { commitHistory, emptyHistory, redoHistory, undoHistory, type History } from '../editor/history';
import type { Template, Zone } from '../templates/schema';
import { newImageLayer, newTextLayer } from './defaults';
import { arrangeLayers, duplicateLayers, toggleLocked, type Arrange } from './layer-ops';
import { newShapeLayer } from '../layers/shape/defaults';
import type { ShapeName } from '../layers/shape/schema';
import type { ClipartLayer, Design, ImageLayer, Layer, MonogramLayer, ShapeLayer, TextLayer } from './schema';

const HISTORY_LIMIT = 100;

export type EditorState = History<Design> & {
  design: Design;
  quantity: number;
  activeZoneId: string | null;
  /** The selected layers of the active zone, in the order they were picked. */
  selectedLayerIds: string[];
  /** The layer whose fields show: the last one picked (null with nothing selected). */
  selectedLayerId: string | null;
};

/** Fields of any layer kind that an edit may change. */
export type LayerPatch =
  | Partial<Omit<TextLayer, 'id' | 'kind'>>
  | Partial<Omit<ImageLayer, 'id' | 'kind'>>
  | Partial<Omit<ShapeLayer, 'id' | 'kind'>>
  | Partial<Omit<ClipartLayer, 'id' | 'kind'>>
  | Partial<Omit<MonogramLayer, 'id' | 'kind'>>;

export type EditorActions = {
  setVariant: (variantId: string) => void;
  setChoice: (optionId: string, choiceId: string) => void;
  setQuantity: (quantity: number) => void;
  setActiveZone: (zoneId: string) => void;
  selectLayer: (layerId: string | null) => void;
  /** Selects these layers (the last one's fields show). */
  selectLayers: (layerIds: string[]) => void;
  addTextLayer: (zoneId: string, text?: string) => string;
  addImageLayer: (zoneId: string, upload: { id: string; widthPx: number; heightPx: number }) => string;
  addShapeLayer: (zoneId: string, shape: ShapeName) => string;
  /** Adds the layer `make` builds for the zone with a fresh id (kinds with their own defaults), and selects it. */
  addLayer: (zoneId: string, make: (zone: Zone, id: string) => Layer) => string;
  /** Changes a layer. Edits carrying the same gesture (one drag, one typing burst) are one undo step. */
  updateLayer: (zoneId: string, layerId: string, patch: LayerPatch, gesture?: string) => void;
  removeLayer: (zoneId: string, layerId: string) => void;
  /** Changes several layers at once (moving a selection): one undo step with one gesture. */
  updateLayers: (zoneId: string, patches: Record<string, LayerPatch>, gesture?: string) => void;
  removeLayers: (zoneId: string, layerIds: string[]) => void;
  /** Moves a layer one step up (towards the front) or down in its zone. */
  moveLayer: (zoneId: string, layerId: string, direction: 'up' | 'down') => void;
  /** Changes the stacking order of layers (forward, backward, to the front or back). */
  arrangeLayers: (zoneId: string, layerIds: string[], move: Arrange) => void;
  /** Copies layers (new ids, a little offset) and selects the copies; returns their ids. */
  duplicateLayers: (zoneId: string, layerIds: string[]) => string[];
  /** Locks the layers, or unlocks them when all are locked. */
  toggleLock: (zoneId: string, layerIds: string[]) => void;
  undo: () => void;
  redo: () => void;
};

export type EditorStore = ReturnType<typeof createEditorStore>;

/** Hands out short ids not yet used by any layer of the design ("l1", "l2", ...), one per call. */
function layerIds(design: Design): () => string {
  const used = Object.values(design.zones).flatMap((z) =>
    z.layers.map((l) => Number(l.id.replace(/^l/, '')) || 0),
  );
  let last = Math.max(0, ...used);
  return () => `l${++last}`;
}

/** A short id not yet used by any layer of the design. */
const nextLayerId = (design: Design) => layerIds(design)();

/** The selection fields for these ids: all of them, and the last as the one whose fields show. */
const selecting = (ids: string[]) => ({ selectedLayerIds: ids, selectedLayerId: ids.at(-1) ?? null });

function withLayers(design: Design, zoneId: string, change: (layers: Layer[]) => Layer[]): Design {
  const layers = design.zones[zoneId]?.layers ?? [];
  return { ...design, zones: { ...design.zones, [zoneId]: { layers: change(layers) } } };
}

/** Creates the store for one configurator, starting from `initial`. */
export function createEditorStore(template: Template, initial: Design) {
  return createStore<EditorState & EditorActions>()((set, get) => {
    /** Applies a design change and records it for undo (merging edits of one gesture). */
    const commit = (next: Design, gesture: string | null = null, extra: Partial<EditorState> = {}) => {
      const state = get();
      set({ design: next, ...commitHistory(state, state.design, gesture, HISTORY_LIMIT), ...extra });
    };
    const zone = (zoneId: string) => {
      const found = template.zones.find((z) => z.id === zoneId);
      if (!found) throw new Error(`Unknown zone ${zoneId}`);
      return found;
    };

    return {
      design: initial,
      quantity: 1,
      activeZoneId: template.zones[0]?.id ?? null,
      ...selecting([]),
      ...emptyHistory<Design>(),

      setVariant: (variantId) => commit({ ...get().design, variantId }),
      setChoice: (optionId, choiceId) =>
        commit({ ...get().design, selection: { ...get().design.selection, [optionId]: choiceId } }),
      setQuantity: (quantity) => set({ quantity }),
      setActiveZone: (zoneId) => set({ activeZoneId: zoneId, ...selecting([]) }),
      selectLayer: (layerId) => set(selecting(layerId === null ? [] : [layerId])),
      selectLayers: (layerIds) => set(selecting(layerIds)),

      addTextLayer: (zoneId, text = '') => {
        const id = nextLayerId(get().design);
        commit(
          withLayers(get().design, zoneId, (layers) => [...layers, newTextLayer(zone(zoneId), id, text)]),
          null,
          { ...selecting([id]), activeZoneId: zoneId },
        );
        return id;
      },
      addImageLayer: (zoneId, upload) => {
        const id = nextLayerId(get().design);
        const layer = newImageLayer(zone(zoneId), id, upload.id, upload.widthPx, upload.heightPx);
        commit(
          withLayers(get().design, zoneId, (layers) => [...layers, layer]),
          null,
          { ...selecting([id]), activeZoneId: zoneId },
        );
        return id;
      },
      addShapeLayer: (zoneId, shape) => {
        const id = nextLayerId(get().design);
        const layer = newShapeLayer(zone(zoneId), id, shape);
        commit(
          withLayers(get().design, zoneId, (layers) => [...layers, layer]),
          null,
          { ...selecting([id]), activeZoneId: zoneId },
        );
        return id;
      },
      addLayer: (zoneId, make) => {
        const id = nextLayerId(get().design);
        const layer = make(zone(zoneId), id);
        commit(
          withLayers(get().design, zoneId, (layers) => [...layers, layer]),
          null,
          { ...selecting([id]), activeZoneId: zoneId },
        );
        return id;
      },
      updateLayer: (zoneId, layerId, patch, gesture) => {
        const next = withLayers(get().design, zoneId, (layers) =>
          // A patch is for the layer's own kind (its fields editor sends only those).
          layers.map((l) => (l.id === layerId ? ({ ...l, ...patch } as Layer) : l)),
        );
        commit(next, gesture ?? null);
      },
      updateLayers: (zoneId, patches, gesture) => {
        const next = withLayers(get().design, zoneId, (layers) =>
          // Each patch is for its layer's own kind (moves send only xMm and yMm).
          layers.map((l) => (patches[l.id] ? ({ ...l, ...patches[l.id] } as Layer) : l)),
        );
        commit(next, gesture ?? null);
      },
      removeLayer: (zoneId, layerId) => get().removeLayers(zoneId, [layerId]),
      removeLayers: (zoneId, layerIds) => {
        const next = withLayers(get().design, zoneId, (layers) =>
          layers.filter((l) => !layerIds.includes(l.id)),
        );
        commit(next, null, selecting(get().selectedLayerIds.filter((id) => !layerIds.includes(id))));
      },
      moveLayer: (zoneId, layerId, direction) =>
        get().arrangeLayers(zoneId, [layerId], direction === 'up' ? 'forward' : 'backward'),
      arrangeLayers: (zoneId, layerIds, move) =>
        commit(withLayers(get().design, zoneId, (layers) => arrangeLayers(layers, layerIds, move))),
      duplicateLayers: (zoneId, ids) => {
        const { design } = get();
        const result = duplicateLayers(design.zones[zoneId]?.layers ?? [], ids, layerIds(design));
        if (result.ids.length === 0) return [];
        commit(
          withLayers(design, zoneId, () => result.layers),
          null,
          selecting(result.ids),
        );
        return result.ids;
      },
      toggleLock: (zoneId, layerIds) =>
        commit(withLayers(get().design, zoneId, (layers) => toggleLocked(layers, layerIds))),

      undo: () => {
        const step = undoHistory(get(), get().design);
        if (step) set({ design: step.present, ...step.history });
      },
      redo: () => {
        const step = redoHistory(get(), get().design);
        if (step) set({ design: step.present, ...step.history });
      },
    };
  });
}
