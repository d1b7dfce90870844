// The configurator's state: one store per editor (zustand vanilla, wrapped by a React provider).
// It holds only the serialisable design plus what is selected; price and validity are derived
// with lib/pricing and lib/design/validate, never stored.
import { createStore } from 'zustand/vanilla';
import type { Template, Zone } from '../templates/schema';
import { newImageLayer, newTextLayer } from './defaults';
import { newShapeLayer } from '../layers/shape/defaults';
import type { ShapeName } from '../layers/shape/schema';
import type { ClipartLayer, Design, ImageLayer, Layer, MonogramLayer, ShapeLayer, TextLayer } from './schema';

const HISTORY_LIMIT = 100;

export type EditorState = {
  design: Design;
  quantity: number;
  activeZoneId: string | null;
  selectedLayerId: string | null;
  past: Design[];
  future: Design[];
  /** The gesture that produced the latest history entry: later edits of the same gesture merge into it. */
  lastGesture: string | null;
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
  addTextLayer: (zoneId: string, text?: string) => string;
  addImageLayer: (zoneId: string, upload: { id: string; widthPx: number; heightPx: number }) => string;
  addShapeLayer: (zoneId: string, shape: ShapeName) => string;
  /** Adds the layer `make` builds for the zone with a fresh id (kinds with their own defaults), and selects it. */
  addLayer: (zoneId: string, make: (zone: Zone, id: string) => Layer) => string;
  /** Changes a layer. Edits carrying the same gesture (one drag, one typing burst) are one undo step. */
  updateLayer: (zoneId: string, layerId: string, patch: LayerPatch, gesture?: string) => void;
  removeLayer: (zoneId: string, layerId: string) => void;
  /** Moves a layer one step up (towards the front) or down in its zone. */
  moveLayer: (zoneId: string, layerId: string, direction: 'up' | 'down') => void;
  undo: () => void;
  redo: () => void;
};

export type EditorStore = ReturnType<typeof createEditorStore>;

/** A short id not yet used by any layer of the design ("l1", "l2", ...). */
function nextLayerId(design: Design): string {
  const used = Object.values(design.zones).flatMap((z) =>
    z.layers.map((l) => Number(l.id.replace(/^l/, '')) || 0),
  );
  return `l${Math.max(0, ...used) + 1}`;
}

function withLayers(design: Design, zoneId: string, change: (layers: Layer[]) => Layer[]): Design {
  const layers = design.zones[zoneId]?.layers ?? [];
  return { ...design, zones: { ...design.zones, [zoneId]: { layers: change(layers) } } };
}

/** Creates the store for one configurator, starting from `initial`. */
export function createEditorStore(template: Template, initial: Design) {
  return createStore<EditorState & EditorActions>()((set, get) => {
    /** Applies a design change and records it for undo (merging edits of one gesture). */
    const commit = (next: Design, gesture: string | null = null, extra: Partial<EditorState> = {}) => {
      const { design, past, lastGesture } = get();
      const merge = gesture !== null && gesture === lastGesture;
      set({
        design: next,
        past: merge ? past : [...past, design].slice(-HISTORY_LIMIT),
        future: [],
        lastGesture: gesture,
        ...extra,
      });
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
      selectedLayerId: null,
      past: [],
      future: [],
      lastGesture: null,

      setVariant: (variantId) => commit({ ...get().design, variantId }),
      setChoice: (optionId, choiceId) =>
        commit({ ...get().design, selection: { ...get().design.selection, [optionId]: choiceId } }),
      setQuantity: (quantity) => set({ quantity }),
      setActiveZone: (zoneId) => set({ activeZoneId: zoneId, selectedLayerId: null }),
      selectLayer: (layerId) => set({ selectedLayerId: layerId }),

      addTextLayer: (zoneId, text = '') => {
        const id = nextLayerId(get().design);
        commit(
          withLayers(get().design, zoneId, (layers) => [...layers, newTextLayer(zone(zoneId), id, text)]),
          null,
          { selectedLayerId: id, activeZoneId: zoneId },
        );
        return id;
      },
      addImageLayer: (zoneId, upload) => {
        const id = nextLayerId(get().design);
        const layer = newImageLayer(zone(zoneId), id, upload.id, upload.widthPx, upload.heightPx);
        commit(
          withLayers(get().design, zoneId, (layers) => [...layers, layer]),
          null,
          { selectedLayerId: id, activeZoneId: zoneId },
        );
        return id;
      },
      addShapeLayer: (zoneId, shape) => {
        const id = nextLayerId(get().design);
        const layer = newShapeLayer(zone(zoneId), id, shape);
        commit(
          withLayers(get().design, zoneId, (layers) => [...layers, layer]),
          null,
          { selectedLayerId: id, activeZoneId: zoneId },
        );
        return id;
      },
      addLayer: (zoneId, make) => {
        const id = nextLayerId(get().design);
        const layer = make(zone(zoneId), id);
        commit(
          withLayers(get().design, zoneId, (layers) => [...layers, layer]),
          null,
          { selectedLayerId: id, activeZoneId: zoneId },
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
      removeLayer: (zoneId, layerId) => {
        const next = withLayers(get().design, zoneId, (layers) => layers.filter((l) => l.id !== layerId));
        commit(next, null, get().selectedLayerId === layerId ? { selectedLayerId: null } : {});
      },
      moveLayer: (zoneId, layerId, direction) => {
        commit(
          withLayers(get().design, zoneId, (layers) => {
            const from = layers.findIndex((l) => l.id === layerId);
            const to = direction === 'up' ? from + 1 : from - 1;
            if (from < 0 || to < 0 || to >= layers.length) return layers;
            const copy = [...layers];
            [copy[from], copy[to]] = [copy[to]!, copy[from]!];
            return copy;
          }),
        );
      },

      undo: () => {
        const { past, design, future } = get();
        const previous = past.at(-1);
        if (!previous) return;
        set({ design: previous, past: past.slice(0, -1), future: [design, ...future], lastGesture: null });
      },
      redo: () => {
        const { past, design, future } = get();
        const [next, ...rest] = future;
        if (!next) return;
        set({ design: next, past: [...past, design], future: rest, lastGesture: null });
      },
    };
  });
}
