'use client';
import { LayerFields } from '@/components/layers/layer-fields';
import { isLocked } from '@/lib/design/layer-ops';
import type { Layer } from '@/lib/design/schema';
import { surfaceColour } from '@/lib/templates/surface-colour';
import { AddLayer } from './add-layer';
import { useEditor, useTemplate } from './editor-context';
import { LayerList } from './layer-list';
import { LayerToolbar } from './layer-toolbar';
import { useRenderContext } from './render-context';
import { ShortcutHelp } from './shortcut-help';
import { useLayerCommands } from './use-layer-commands';
import { useKeyboardEditing } from './zone-editor/use-keyboard-editing';
import { ZoneEditor, type ZoneEditorPatch } from './zone-editor/zone-editor';
import { ZonePicker } from './zone-picker';
import s from './configurator.module.css';

const NO_LAYERS: Layer[] = [];

/** Personalization of the active zone: its layers, the 2D layout editor and the selected layer's fields. */
export function ZonePanel() {
  const { template } = useTemplate();
  const zoneId = useEditor((st) => st.activeZoneId);
  const layers = useEditor((st) => (zoneId ? st.design.zones[zoneId]?.layers : undefined) ?? NO_LAYERS);
  const selectedIds = useEditor((st) => st.selectedLayerIds);
  const selectedId = useEditor((st) => st.selectedLayerId);
  const selectLayers = useEditor((st) => st.selectLayers);
  const updateLayers = useEditor((st) => st.updateLayers);
  const selection = useEditor((st) => st.design.selection);
  // The layout editor shows before the fonts arrive (they come with the first click or key).
  const { withoutFonts: ctx } = useRenderContext();
  const run = useLayerCommands(zoneId, layers, ctx);
  const zone = template.zones.find((z) => z.id === zoneId);
  const editing = {
    zone: zone ?? template.zones[0]!,
    layers,
    selectedIds,
    onSelect: selectLayers,
    onChange: (patches: Record<string, ZoneEditorPatch>, gesture: string) =>
      zone && updateLayers(zone.id, patches, gesture),
    onCommand: run,
  };
  const onKeyDown = useKeyboardEditing(editing);
  if (!zone) return null;
  const selected = layers.find((l) => l.id === selectedId);
  const chosen = layers.filter((l) => selectedIds.includes(l.id));

  return (
    <section className={s.panel} aria-labelledby="zone-heading">
      <h2 id="zone-heading">Personalize: {zone.name}</h2>
      <ZonePicker />
      <AddLayer zone={zone} layerCount={layers.length} />
      {layers.length > 0 && (
        <LayerToolbar count={chosen.length} locked={chosen.length > 0 && chosen.every(isLocked)} run={run} />
      )}
      <LayerList layers={layers} run={run} onKeyDown={onKeyDown} />
      <ZoneEditor
        {...editing}
        zone={zone}
        ctx={ctx}
        background={surfaceColour(template, selection, zone.surface)}
      />
      <ShortcutHelp />
      {selected && <LayerFields zone={zone} layer={selected} />}
    </section>
  );
}
