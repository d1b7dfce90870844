import { RowAction } from '@/components/studio/row-action';
import type { ClipartItem } from '@/lib/clipart/library';
import { deleteBrandClipart } from '@/lib/server/actions/delete-clipart';
import s from './assets.module.css';

// A sanitized SVG shown as an image: an <img> never runs anything inside it, whatever it holds.
const dataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** Clipart as a grid of tiles; a brand's own can be deleted. */
export function ClipartGrid({ items, label }: { items: ClipartItem[]; label: string }) {
  return (
    <ul className={s.grid} aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className={s.item}>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL of a few hundred bytes */}
          <img src={dataUrl(item.svg)} alt="" />
          <span>{item.name}</span>
          <span className="muted">{item.singleColour ? 'One colour' : `${item.palette.length} colours`}</span>
          {item.source === 'brand' && (
            <RowAction
              action={deleteBrandClipart}
              id={item.id}
              label="Delete"
              name={`Delete clipart ${item.name}`}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
