'use client';
import type { KeyboardEventHandler, MouseEvent } from 'react';
import { clickSelection, isLocked } from '@/lib/design/layer-ops';
import type { Layer } from '@/lib/design/schema';
import { layerKind } from '@/lib/layers/registry';
import { useEditor } from './editor-context';
import type { LayerAction } from './use-layer-commands';
import s from './configurator.module.css';

/** A padlock, shut or open (the button around it carries the name). */
function Padlock({ closed }: { closed: boolean }) {
  return (
    <svg
      viewBox="0 0 16 16"
      className={s.lockIcon}
      aria-hidden
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" />
      <path d={closed ? 'M5.5 7V5a2.5 2.5 0 0 1 5 0v2' : 'M5.5 7V5a2.5 2.5 0 0 1 5 0'} />
    </svg>
  );
}

/** A readable name for a layer in lists and announcements. */
export function layerName(layer: Layer): string {
  return layerKind(layer).name(layer);
}

type Props = {
  layers: Layer[];
  run: (action: LayerAction, only?: string[]) => void;
  onKeyDown: KeyboardEventHandler;
};

/**
 * The zone's layers, front-most first: click to select, Shift/Ctrl+click to add to the
 * selection; per layer, lock, forward, backward and delete. The layout editor's keys work here too.
 */
export function LayerList({ layers, run, onKeyDown }: Props) {
  const selected = useEditor((st) => st.selectedLayerIds);
  const selectLayers = useEditor((st) => st.selectLayers);
  if (layers.length === 0) return <p className={s.delta}>No layers yet: add text or an image.</p>;
  const frontFirst = [...layers].reverse();
  const pick = (e: MouseEvent, id: string) =>
    selectLayers(clickSelection(selected, id, e.shiftKey || e.ctrlKey || e.metaKey));
  return (
    <ul className={s.layers} aria-label="Layers" onKeyDown={onKeyDown}>
      {frontFirst.map((layer, i) => {
        const name = layerName(layer);
        const isSelected = selected.includes(layer.id);
        const locked = isLocked(layer);
        return (
          <li key={layer.id} className={isSelected ? s.layerSelected : s.layer}>
            <button
              type="button"
              className={s.layerName}
              aria-pressed={isSelected}
              onClick={(e) => pick(e, layer.id)}
            >
              {name}
            </button>
            <button
              type="button"
              className={locked ? s.iconButtonOn : s.iconButton}
              aria-label={`Lock ${name}`}
              aria-pressed={locked}
              title={locked ? 'Locked: click to unlock' : 'Lock'}
              onClick={() => run({ kind: 'lock' }, [layer.id])}
            >
              <Padlock closed={locked} />
            </button>
            <button
              type="button"
              className={s.iconButton}
              aria-label={`Bring ${name} forward`}
              disabled={i === 0}
              onClick={() => run({ kind: 'arrange', move: 'forward' }, [layer.id])}
            >
              ↑
            </button>
            <button
              type="button"
              className={s.iconButton}
              aria-label={`Send ${name} backward`}
              disabled={i === frontFirst.length - 1}
              onClick={() => run({ kind: 'arrange', move: 'backward' }, [layer.id])}
            >
              ↓
            </button>
            <button
              type="button"
              className={s.iconButton}
              aria-label={`Delete ${name}`}
              disabled={locked}
              onClick={() => run({ kind: 'delete' }, [layer.id])}
            >
              ✕
            </button>
          </li>
        );
      })}
    </ul>
  );
}
