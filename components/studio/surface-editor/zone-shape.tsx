'use client';
import type { KeyboardEvent } from 'react';
import type { Rect } from '@/lib/templates/geometry';
import { HANDLES, type Handle } from '@/lib/studio/surface-layout';
import s from './surface-editor.module.css';

const CURSORS: Record<Handle, string> = {
  n: 'ns-resize',
  s: 'ns-resize',
  e: 'ew-resize',
  w: 'ew-resize',
  ne: 'nesw-resize',
  sw: 'nesw-resize',
  nw: 'nwse-resize',
  se: 'nwse-resize',
};

function handleAt(r: Rect, h: Handle) {
  const x = h.includes('w') ? r.xMm : h.includes('e') ? r.xMm + r.widthMm : r.xMm + r.widthMm / 2;
  const y = h.includes('n') ? r.yMm : h.includes('s') ? r.yMm + r.heightMm : r.yMm + r.heightMm / 2;
  return { x, y };
}

type Props = {
  index: number;
  name: string;
  placed: Rect;
  bleedMm: number;
  safeMm: number;
  selected: boolean;
  invalid: boolean;
  /** Millimetres per screen pixel: handles and text keep a usable size at any zoom. */
  mmPerPx: number;
  description: string;
  onSelect: () => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
};

/** A zone on its surface: focusable, with resize handles, the bleed and the safe area when selected. */
export function ZoneShape({
  index,
  name,
  placed,
  bleedMm,
  safeMm,
  selected,
  invalid,
  mmPerPx,
  description,
  onSelect,
  onKeyDown,
}: Props) {
  const handle = 9 * mmPerPx;
  const font = Math.min(13 * mmPerPx, placed.heightMm * 0.4);
  return (
    <g
      className={`${s.zone} ${invalid ? s.zoneInvalid : ''}`}
      data-zone-index={index}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={`${name}: ${description}`}
      onFocus={onSelect}
      onKeyDown={onKeyDown}
    >
      <rect
        className={s.zoneBody}
        x={placed.xMm}
        y={placed.yMm}
        width={placed.widthMm}
        height={placed.heightMm}
        vectorEffect="non-scaling-stroke"
        strokeWidth={1.5}
      />
      {selected && bleedMm > 0 && (
        <rect
          className={s.bleed}
          x={placed.xMm - bleedMm}
          y={placed.yMm - bleedMm}
          width={placed.widthMm + 2 * bleedMm}
          height={placed.heightMm + 2 * bleedMm}
          vectorEffect="non-scaling-stroke"
        />
      )}
      {selected && safeMm > 0 && safeMm * 2 < Math.min(placed.widthMm, placed.heightMm) && (
        <rect
          className={s.guide}
          x={placed.xMm + safeMm}
          y={placed.yMm + safeMm}
          width={placed.widthMm - 2 * safeMm}
          height={placed.heightMm - 2 * safeMm}
          vectorEffect="non-scaling-stroke"
        />
      )}
      <text className={s.zoneName} x={placed.xMm + font * 0.5} y={placed.yMm + font * 1.3} fontSize={font}>
        {name}
      </text>
      {selected &&
        HANDLES.map((h) => {
          const at = handleAt(placed, h);
          return (
            <rect
              key={h}
              data-handle={h}
              className={s.handle}
              style={{ cursor: CURSORS[h] }}
              x={at.x - handle / 2}
              y={at.y - handle / 2}
              width={handle}
              height={handle}
              vectorEffect="non-scaling-stroke"
              strokeWidth={1.5}
            />
          );
        })}
    </g>
  );
}
