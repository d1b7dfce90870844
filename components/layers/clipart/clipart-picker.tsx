'use client';
import dynamic from 'next/dynamic';
import { useId, useRef, useState } from 'react';
import { loadLibraryClipart } from '#clipart-library';
import type { Zone } from '@/lib/templates/schema';
import s from '@/components/configurator/configurator.module.css';
import c from './clipart.module.css';

// The panel and the starter library (40 KB of SVG text) are a chunk of their own: the product
// page does not load them; pointing at or focusing "Add clipart" starts loading them, so they
// are at hand by the click. The library is known (lib/clipart/library-source.browser.ts)
// before the panel shows, so a chosen icon draws at once.
const loadPanel = () =>
  Promise.all([import('./clipart-panel'), loadLibraryClipart()]).then(([m]) => m.ClipartPanel);
const ClipartPanel = dynamic(loadPanel, {
  ssr: false,
  loading: () => <div role="status" aria-label="Loading clipart" className={c.panel} />,
});

/**
 * "Add clipart": a button that opens a panel with a search, a category filter and the clipart as
 * a grid of buttons (Escape closes it).
 */
export function ClipartPicker({ zone, disabled }: { zone: Zone; disabled: boolean }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const prefetch = () => void loadPanel();

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div onKeyDown={(e) => (e.key === 'Escape' && open ? close() : undefined)}>
      <button
        ref={button}
        type="button"
        className={s.button}
        disabled={disabled}
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => setOpen(!open)}
      >
        Add clipart
      </button>
      {open && <ClipartPanel id={panelId} zone={zone} onDone={() => setOpen(false)} />}
    </div>
  );
}
