'use client';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useEditor } from '@/components/configurator/editor-context';
import { SHAPE_LABELS } from '@/lib/layers/shape/module';
import { shapeOutline } from '@/lib/layers/shape/outline';
import { SHAPES, type ShapeName } from '@/lib/layers/shape/names';
import type { Zone } from '@/lib/templates/schema';
import s from '@/components/configurator/configurator.module.css';

/** A small picture of the shape for its menu item. */
function ShapeIcon({ shape }: { shape: ShapeName }) {
  const d = shapeOutline({
    shape,
    widthMm: 16,
    heightMm: shape === 'ellipse' || shape === 'rectangle' ? 11 : 16,
    cornerRadiusMm: 4,
  });
  return (
    <svg viewBox="-10 -10 20 20" width="18" height="18" aria-hidden="true">
      <path
        d={d}
        fill={shape === 'line' ? 'none' : 'currentColor'}
        stroke="currentColor"
        strokeWidth={shape === 'line' ? 2 : 0}
      />
    </svg>
  );
}

/**
 * "Add shape": a menu button (Enter or Space opens it, arrow keys move, Escape closes) whose
 * items add that shape to the zone and select it.
 */
export function AddShape({ zone, disabled }: { zone: Zone; disabled: boolean }) {
  const addShapeLayer = useEditor((st) => st.addShapeLayer);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const index = items.current.findIndex((item) => item === document.activeElement);
    const focus = (i: number) => items.current[(i + SHAPES.length) % SHAPES.length]?.focus();
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') focus(index + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') focus(index - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(SHAPES.length - 1);
    else return;
    e.preventDefault();
  };

  return (
    <div className={s.menuHolder}>
      <button
        ref={button}
        type="button"
        className={s.button}
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setOpen(!open);
          // Focus the first item once it exists, as a menu button does.
          if (!open) requestAnimationFrame(() => items.current[0]?.focus());
        }}
      >
        Add shape
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label="Shapes" className={s.menu} onKeyDown={onMenuKey}>
          {SHAPES.map((shape, i) => (
            <button
              key={shape}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              className={s.menuItem}
              tabIndex={-1}
              onClick={() => {
                addShapeLayer(zone.id, shape);
                setOpen(false);
              }}
            >
              <ShapeIcon shape={shape} />
              {SHAPE_LABELS[shape]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
