'use client';
import { assertNever } from '@/lib/assert-never';
import { alignPatches, isLocked, type AlignTo } from '@/lib/design/layer-ops';
import type { Layer } from '@/lib/design/schema';
import { layerBounds, layerSize } from '@/lib/render/layer-geometry';
import type { RenderContext } from '@/lib/render/zone-svg';
import { useEditorStore, useTemplate } from './editor-context';
import type { LayerCommand } from './zone-editor/zone-editor';

/** Everything the layer list, its toolbar and the layout editor's keys can do to layers. */
export type LayerAction = LayerCommand | { kind: 'align'; to: AlignTo };

/**
 * Runs a layer action on the given layers (by default the selection) of a zone, through the
 * editor store: each action is one undo step. Locked layers are not deleted or aligned.
 */
export function useLayerCommands(zoneId: string | null, layers: Layer[], ctx: RenderContext) {
  const store = useEditorStore();
  const { template } = useTemplate();
  return (action: LayerAction, only?: string[]) => {
    const zone = template.zones.find((z) => z.id === zoneId);
    if (!zone) return;
    const st = store.getState();
    const ids = (only ?? st.selectedLayerIds).filter((id) => layers.some((l) => l.id === id));
    if (ids.length === 0) return;
    const chosen = layers.filter((l) => ids.includes(l.id));
    switch (action.kind) {
      case 'arrange':
        return st.arrangeLayers(zone.id, ids, action.move);
      case 'duplicate':
        return void st.duplicateLayers(zone.id, ids);
      case 'lock':
        return st.toggleLock(zone.id, ids);
      case 'delete': {
        const unlocked = chosen.filter((l) => !isLocked(l)).map((l) => l.id);
        return unlocked.length > 0 ? st.removeLayers(zone.id, unlocked) : undefined;
      }
      case 'align': {
        const items = chosen.map((layer) => {
          const size = layerSize(layer, ctx);
          const box = size
            ? layerBounds(layer, size)
            : { left: layer.xMm, right: layer.xMm, top: layer.yMm, bottom: layer.yMm };
          return { layer, box };
        });
        const patches = alignPatches(zone.rect, items, action.to);
        return Object.keys(patches).length > 0 ? st.updateLayers(zone.id, patches) : undefined;
      }
      default:
        return assertNever(action);
    }
  };
}
