'use client';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useEditor } from '@/components/configurator/editor-context';
import { useRenderContext } from '@/components/configurator/render-context';
import { LIBRARY_CLIPART, type ClipartItem } from '@/lib/clipart/library';
import { CLIPART_CATEGORIES, type ClipartCategory } from '@/lib/clipart/limits';
import { newClipartLayer } from '@/lib/layers/clipart/defaults';
import type { Zone } from '@/lib/templates/schema';
import { ClipartThumb } from './clipart-thumb';
import s from '@/components/configurator/configurator.module.css';
import c from './clipart.module.css';

// The open picker, with the starter library: a chunk loaded when the shopper first opens it
// (or points at "Add clipart"), see clipart-picker.tsx.

/** The items matching a search (name or category, any word order) within a category. */
function matching(items: ClipartItem[], query: string, category: ClipartCategory | 'all'): ClipartItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(
    (item) =>
      (category === 'all' || item.category === category) &&
      words.every((w) => `${item.name} ${item.category}`.toLowerCase().includes(w)),
  );
}

/** Brand clipart from /api/clipart, fetched when the picker first opens. */
function useBrandClipart(): ClipartItem[] {
  const [items, setItems] = useState<ClipartItem[]>([]);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void fetch('/api/clipart')
      .then((r) => (r.ok ? (r.json() as Promise<{ items: ClipartItem[] }>) : { items: [] }))
      .then((json) => setItems(json.items))
      .catch(() => setItems([]));
  }, []);
  return items;
}

/**
 * The picker's panel: a search, a category filter and the clipart as a grid of buttons (one tab
 * stop; arrow keys, Home and End move; Enter adds). `onDone` closes it.
 */
export function ClipartPanel({ id, zone, onDone }: { id: string; zone: Zone; onDone: () => void }) {
  const addLayer = useEditor((st) => st.addLayer);
  const { registerClipart } = useRenderContext();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<ClipartCategory | 'all'>('all');
  const [active, setActive] = useState(0);
  const brand = useBrandClipart();
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const items = useMemo(
    () => matching([...brand, ...LIBRARY_CLIPART], query, category),
    [brand, query, category],
  );
  const current = Math.min(active, Math.max(0, items.length - 1));

  const choose = (item: ClipartItem) => {
    if (item.source === 'brand') registerClipart([item]);
    addLayer(zone.id, (z, layerId) => newClipartLayer(z, layerId, item));
    onDone();
  };
  const columns = () => {
    const shown = buttons.current.slice(0, items.length);
    const top = shown[0]?.offsetTop;
    return Math.max(1, shown.filter((b) => b && b.offsetTop === top).length);
  };
  const onGridKey = (e: KeyboardEvent) => {
    const move: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns(),
      ArrowUp: -columns(),
      Home: -items.length,
      End: items.length,
    };
    if (!(e.key in move)) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(items.length - 1, current + move[e.key]!));
    setActive(next);
    buttons.current[next]?.focus();
  };

  return (
    <div id={id} role="group" aria-label="Clipart" className={c.panel}>
      <div className={c.filters}>
        <label>
          Search clipart
          <input
            type="search"
            value={query}
            autoFocus
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
          />
        </label>
        <label>
          Category
          <select
            value={category}
            onChange={(e) => {
              setCategory(e.target.value as ClipartCategory | 'all');
              setActive(0);
            }}
          >
            <option value="all">All</option>
            {CLIPART_CATEGORIES.filter((k) => k !== 'Brand' || brand.length > 0).map((k) => (
              <option key={k} value={k}>
                {k === 'Brand' ? 'Our designs' : k}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className={s.srOnly} aria-live="polite">
        {items.length === 1 ? '1 clipart' : `${items.length} clipart`}
      </p>
      {items.length === 0 ? (
        <p className={c.empty}>No clipart matches “{query}”.</p>
      ) : (
        <ul className={c.grid} aria-label="Clipart to add" onKeyDown={onGridKey}>
          {items.map((item, i) => (
            <li key={item.id}>
              <button
                ref={(el) => {
                  buttons.current[i] = el;
                }}
                type="button"
                className={c.item}
                tabIndex={i === current ? 0 : -1}
                onFocus={() => setActive(i)}
                onClick={() => choose(item)}
              >
                <ClipartThumb item={item} size={32} />
                {item.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
