'use client';
import type { AlignTo, Arrange } from '@/lib/design/layer-ops';
import type { LayerAction } from './use-layer-commands';
import s from './configurator.module.css';

const ARRANGE: ReadonlyArray<{ move: Arrange; label: string; text: string }> = [
  { move: 'front', label: 'Bring to front', text: '⤒ Front' },
  { move: 'forward', label: 'Bring forward', text: '↑ Forward' },
  { move: 'backward', label: 'Send backward', text: '↓ Backward' },
  { move: 'back', label: 'Send to back', text: '⤓ Back' },
];

const ALIGN: ReadonlyArray<{ to: AlignTo; label: string; text: string }> = [
  { to: 'left', label: 'Align left', text: 'Left' },
  { to: 'centre', label: 'Align centre (horizontally)', text: 'Centre' },
  { to: 'right', label: 'Align right', text: 'Right' },
  { to: 'top', label: 'Align top', text: 'Top' },
  { to: 'middle', label: 'Align middle (vertically)', text: 'Middle' },
  { to: 'bottom', label: 'Align bottom', text: 'Bottom' },
];

/** Arrange, duplicate, lock and align for the selected layers (align: to the zone's edges and centre). */
export function LayerToolbar({
  count,
  locked,
  run,
}: {
  count: number;
  locked: boolean;
  run: (a: LayerAction) => void;
}) {
  const none = count === 0;
  const what = count > 1 ? `${count} selected layers` : 'the selected layer';
  return (
    <div className={s.layerTools}>
      <div role="toolbar" aria-label={`Arrange ${what}`} className={s.toolbar}>
        {ARRANGE.map((a) => (
          <button
            key={a.move}
            type="button"
            className={s.iconButton}
            aria-label={a.label}
            disabled={none}
            onClick={() => run({ kind: 'arrange', move: a.move })}
          >
            {a.text}
          </button>
        ))}
        <button
          type="button"
          className={s.iconButton}
          disabled={none}
          onClick={() => run({ kind: 'duplicate' })}
        >
          Duplicate
        </button>
        <button
          type="button"
          className={s.iconButton}
          aria-pressed={!none && locked}
          disabled={none}
          onClick={() => run({ kind: 'lock' })}
        >
          Lock
        </button>
      </div>
      <div role="toolbar" aria-label={`Align ${what} to the zone`} className={s.toolbar}>
        {ALIGN.map((a) => (
          <button
            key={a.to}
            type="button"
            className={s.iconButton}
            aria-label={a.label}
            disabled={none}
            onClick={() => run({ kind: 'align', to: a.to })}
          >
            {a.text}
          </button>
        ))}
      </div>
    </div>
  );
}
