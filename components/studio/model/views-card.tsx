'use client';
import { useState, type RefObject } from 'react';
import type { ModelGeometry } from '@/lib/kinds/model/schema';
import { withView, withoutView } from '@/lib/kinds/model/draft-edits';
import { useDraft } from '../editor/draft-context';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';
import type { ViewerApi } from './model-viewer';

type Props = { geometry: ModelGeometry; api: RefObject<ViewerApi | null> };

/** Step 5: named camera views the configurator offers, saved from the 3D view as the brand orbits. */
export function ViewsCard({ geometry: g, api }: Props) {
  const change = useDraft((st) => st.change);
  const [label, setLabel] = useState('');
  const save = () => {
    const camera = api.current?.camera();
    if (!camera || !label.trim()) return;
    change((doc) => withView(doc, { label: label.trim(), ...camera }), 'model-view');
    setLabel('');
  };
  return (
    <fieldset className={s.card}>
      <legend>5. Camera views</legend>
      <p className={b.hint}>
        Orbit the model above (drag; scroll to zoom), then save what shoppers should see by name.
      </p>
      <div className={b.grid}>
        <label className={b.field}>
          <span className={b.fieldLabel}>View name</span>
          <input value={label} placeholder="e.g. Engraving side" onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="button" className={b.button} onClick={save} disabled={!label.trim()}>
          Save this view
        </button>
      </div>
      <ul aria-label="Camera views">
        {g.views.map((v) => (
          <li key={v.id}>
            <button type="button" className={b.linkButton} onClick={() => api.current?.goTo(v)}>
              {v.label}
            </button>{' '}
            <button
              type="button"
              className={b.linkButton}
              onClick={() => change((doc) => withoutView(doc, v.id), 'model-view')}
            >
              Remove {v.label}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
