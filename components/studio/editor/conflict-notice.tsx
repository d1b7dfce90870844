'use client';
import { useState } from 'react';
import { useDraft } from './draft-context';
import b from '../studio.module.css';
import s from './editor.module.css';

/**
 * Someone else saved this draft after it was opened here. Nothing was overwritten on either
 * side; the brand chooses: load their version (losing the changes made here) or keep this one
 * (saving it over theirs).
 */
export function ConflictNotice() {
  const status = useDraft((st) => st.status);
  const rebase = useDraft((st) => st.rebase);
  const discard = useDraft((st) => st.discard);
  const [reloading, setReloading] = useState(false);
  if (status.kind !== 'conflict') return null;
  const who = status.savedBy ?? 'Someone else';
  const when = status.savedAt
    ? ` at ${new Date(status.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
    : '';
  return (
    <div role="alert" className={s.conflict}>
      <p>
        <strong>Someone else changed this draft.</strong> {who} saved it{when}, after you opened it. Nothing
        was overwritten: your changes are still here, not saved.
      </p>
      <div className={s.row}>
        <button
          type="button"
          className={b.button}
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            discard();
            window.location.reload();
          }}
        >
          Load their version (drop my changes)
        </button>
        <button type="button" className={b.button} onClick={() => rebase(status.revision)}>
          Keep my version (replace theirs)
        </button>
      </div>
    </div>
  );
}
