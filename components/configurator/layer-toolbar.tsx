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
  const button = (key: string, text: string, action: LayerAction, label?: string, pressed?: boolean) => (
    <button
      key={key}
      type="button"
      className={pressed ? s.iconButtonOn : s.iconButton}
      aria-label={label}
      aria-pressed={pressed}
      disabled={none}
      onClick={() => run(action)}
    >
      {text}
    </button>
  );
  return (
    <div className={s.layerTools}>
      <div role="toolbar" aria-label={`Arrange ${what}`} className={s.toolRow}>
        <span className={s.toolLabel} aria-hidden>
          Order
        </span>
        {ARRANGE.map((a) => button(a.move, a.text, { kind: 'arrange', move: a.move }, a.label))}
      </div>
      <div role="toolbar" aria-label={`Edit ${what}`} className={s.toolRow}>
        <span className={s.toolLabel} aria-hidden>
          Edit
        </span>
        {button('duplicate', 'Duplicate', { kind: 'duplicate' })}
        {button('lock', locked ? 'Locked' : 'Lock', { kind: 'lock' }, 'Lock', !none && locked)}
      </div>
      <div role="toolbar" aria-label={`Align ${what} to the zone`} className={s.toolRow}>
        <span className={s.toolLabel} aria-hidden>
          Align
        </span>
        {ALIGN.map((a) => button(a.to, a.text, { kind: 'align', to: a.to }, a.label))}
      </div>
    </div>
  );
}
