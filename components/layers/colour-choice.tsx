'use client';
import type { Zone } from '@/lib/templates/schema';
import s from '@/components/configurator/configurator.module.css';

type Props = {
  legend: string;
  name: string;
  value: string | null;
  zone: Zone;
  onChange: (id: string | null) => void;
  /** Offer "None" (fills and outlines that may be left out). */
  optional?: boolean;
  /** What the null choice is called (default "None"). */
  noneLabel?: string;
};

/** Radio chips of the zone's colours, with "None" where the colour may be left out. */
export function ColourChoice({
  legend,
  name,
  value,
  zone,
  onChange,
  optional = true,
  noneLabel = 'None',
}: Props) {
  return (
    <fieldset style={{ marginTop: '0.75rem' }}>
      <legend>{legend}</legend>
      <div className={s.chips}>
        {optional && (
          <label className={s.chipPlain}>
            <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
            {noneLabel}
          </label>
        )}
        {zone.colours.map((c) => (
          <label key={c.id} className={s.chip}>
            <input type="radio" name={name} checked={value === c.id} onChange={() => onChange(c.id)} />
            <span className={s.dot} style={{ background: c.hex }} aria-hidden="true" />
            {c.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
