'use client';
import { LayerFields } from '@/components/layers/layer-fields';
import type { Layer } from '@/lib/design/schema';
import { surfaceColour } from '@/lib/templates/surface-colour';
import { AddLayer } from './add-layer';
import { useEditor, useTemplate } from './editor-context';
import { LayerList } from './layer-list';
import { useRenderContext } from './render-context';
import { ZoneEditor } from './zone-editor/zone-editor';
import { ZonePicker } from './zone-picker';
import s from './configurator.module.css';

const NO_LAYERS: Layer[] = [];

/** Personalization of the active zone: its layers, the 2D layout editor and the selected layer's fields. */
export function ZonePanel() {
  const { template } = useTemplate();
  const zoneId = useEditor((st) => st.activeZoneId);
  const layers = useEditor((st) => (zoneId ? st.design.zones[zoneId]?.layers : undefined) ?? NO_LAYERS);
  const selectedId = useEditor((st) => st.selectedLayerId);
  const selectLayer = useEditor((st) => st.selectLayer);
  const updateLayer = useEditor((st) => st.updateLayer);
  const selection = useEditor((st) => st.design.selection);
  // The layout editor shows before the fonts arrive (they come with the first click or key).
  const { withoutFonts: ctx } = useRenderContext();
  const zone = template.zones.find((z) => z.id === zoneId);
  if (!zone) return null;
  const selected = layers.find((l) => l.id === selectedId);

  return (
    <section className={s.panel} aria-labelledby="zone-heading">
      <h2 id="zone-heading">Personalize: {zone.name}</h2>
      <ZonePicker />
      <AddLayer zone={zone} layerCount={layers.length} />
      <LayerList zoneId={zone.id} layers={layers} />
      <ZoneEditor
        zone={zone}
        layers={layers}
        ctx={ctx}
        selectedLayerId={selectedId}
        onSelect={selectLayer}
        onChange={(layerId, patch, gesture) => updateLayer(zone.id, layerId, patch, gesture)}
        background={surfaceColour(template, selection, zone.surface)}
      />
      {selected && <LayerFields zone={zone} layer={selected} />}
    </section>
  );
}
