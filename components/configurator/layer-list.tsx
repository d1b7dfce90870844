'use client';
import type { Layer } from '@/lib/design/schema';
import { layerKind } from '@/lib/layers/registry';
import { useEditor } from './editor-context';
import s from './configurator.module.css';

/** A readable name for a layer in lists and announcements. */
export function layerName(layer: Layer): string {
  return layerKind(layer).name(layer);
}

/** The zone's layers, front-most first, with select, reorder and delete. */
export function LayerList({ zoneId, layers }: { zoneId: string; layers: Layer[] }) {
  const selected = useEditor((st) => st.selectedLayerId);
  const selectLayer = useEditor((st) => st.selectLayer);
  const moveLayer = useEditor((st) => st.moveLayer);
  const removeLayer = useEditor((st) => st.removeLayer);
  if (layers.length === 0) return <p className={s.delta}>No layers yet: add text or an image.</p>;
  const frontFirst = [...layers].reverse();
  return (
    <ul className={s.layers} aria-label="Layers">
      {frontFirst.map((layer, i) => {
        const name = layerName(layer);
        return (
          <li key={layer.id} className={layer.id === selected ? s.layerSelected : s.layer}>
            <button
              type="button"
              className={s.layerName}
              aria-pressed={layer.id === selected}
              onClick={() => selectLayer(layer.id)}
            >
              {name}
            </button>
            <button
              type="button"
              className={s.iconButton}
              aria-label={`Bring ${name} forward`}
              disabled={i === 0}
              onClick={() => moveLayer(zoneId, layer.id, 'up')}
            >
              ↑
            </button>
            <button
              type="button"
              className={s.iconButton}
              aria-label={`Send ${name} backward`}
              disabled={i === frontFirst.length - 1}
              onClick={() => moveLayer(zoneId, layer.id, 'down')}
            >
              ↓
            </button>
            <button
              type="button"
              className={s.iconButton}
              aria-label={`Delete ${name}`}
              onClick={() => removeLayer(zoneId, layer.id)}
            >
              ✕
            </button>
          </li>
        );
      })}
    </ul>
  );
}
