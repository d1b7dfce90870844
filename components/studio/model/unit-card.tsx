'use client';
import { useState } from 'react';
import type { ModelGeometry } from '@/lib/kinds/model/schema';
import type { ModelInspection } from '@/lib/models/upload';
import { MODEL_UNITS, scaleForHeight, withScale } from '@/lib/kinds/model/draft-edits';
import { formatMm } from '@/lib/units';
import { useDraft } from '../editor/draft-context';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

type Props = { inspection: ModelInspection; geometry: ModelGeometry };

/** Step 2: the model's real size. glTF is in metres; a model made in cm or mm is corrected here. */
export function UnitCard({ inspection, geometry: g }: Props) {
  const change = useDraft((st) => st.change);
  const [height, setHeight] = useState('');
  const setScale = (scale: number) => change((doc) => withScale(doc, inspection, scale), 'model-unit');
  const known = MODEL_UNITS.some((u) => u.scaleToMm === g.scaleToMm);
  const b3 = g.boundsMm;
  return (
    <fieldset className={s.card}>
      <legend>2. Real size</legend>
      <p>
        Bounding box:{' '}
        <strong aria-label="Bounding box">
          {formatMm(b3.x)} wide × {formatMm(b3.y)} high × {formatMm(b3.z)} deep
        </strong>
      </p>
      <p className={b.hint}>
        If this is not the product’s real size, the model was made in another unit: choose it, or type the
        product’s real height.
      </p>
      <div role="radiogroup" aria-label="The model’s unit" className={b.grid}>
        {MODEL_UNITS.map((u) => (
          <label key={u.scaleToMm} className={b.check}>
            <input
              type="radio"
              name="model-unit"
              checked={g.scaleToMm === u.scaleToMm}
              onChange={() => setScale(u.scaleToMm)}
            />
            {u.label}
          </label>
        ))}
        {!known && <span className={b.muted}>Scaled: 1 unit = {g.scaleToMm.toPrecision(5)} mm</span>}
      </div>
      <form
        className={b.grid}
        onSubmit={(e) => {
          e.preventDefault();
          const mm = Number(height);
          if (mm > 0) setScale(scaleForHeight(inspection, mm));
        }}
      >
        <label className={b.field}>
          <span className={b.fieldLabel}>Real height (mm)</span>
          <input inputMode="decimal" value={height} onChange={(e) => setHeight(e.target.value)} />
        </label>
        <button type="submit" className={b.button} disabled={!(Number(height) > 0)}>
          Scale to this height
        </button>
      </form>
    </fieldset>
  );
}
