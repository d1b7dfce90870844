'use client';
import { useSyncExternalStore } from 'react';
import { isDirty } from '@/lib/studio/draft-store';
import { useDraft } from './draft-context';
import { useFlush } from './autosave-context';
import b from '../studio.module.css';
import s from './editor.module.css';

const noSubscription = () => () => {};

/** "10:42" in the brand's own time zone; nothing while hydrating (the server's zone may differ). */
function useClock(iso: string | null): string | null {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return inBrowser && iso
    ? new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : null;
}

/** Where the draft stands: saved, saving, failing and retrying, or stopped. */
export function SaveStatus() {
  const status = useDraft((st) => st.status);
  const dirty = useDraft(isDirty);
  const savedAt = useDraft((st) => st.savedAt);
  const clock = useClock(savedAt);
  const flush = useFlush();
  let text: string;
  let tone = s.statusOk;
  if (status.kind === 'saving') text = 'Saving…';
  else if (status.kind === 'retrying') {
    text = 'Couldn’t save — retrying';
    tone = s.statusBad;
  } else if (status.kind === 'conflict') {
    text = 'Not saved: someone else changed this draft';
    tone = s.statusBad;
  } else if (status.kind === 'error') {
    text = `Not saved: ${status.message}`;
    tone = s.statusBad;
  } else if (dirty) text = 'Unsaved changes';
  else text = clock ? `Saved ${clock}` : 'All changes saved';
  return (
    <span className={s.saveStatus}>
      <span role="status" className={tone}>
        {text}
      </span>
      {status.kind === 'retrying' && (
        <button type="button" className={b.linkButton} onClick={() => void flush()}>
          Retry now
        </button>
      )}
    </span>
  );
}
