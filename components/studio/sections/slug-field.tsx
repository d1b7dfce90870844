'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { renameTemplate } from '@/lib/server/actions/rename-template';
import { fieldId } from '@/lib/studio/field-issues';
import { useFlush } from '../editor/autosave-context';
import { useDraft, useDraftStore, useFieldIssues } from '../editor/draft-context';
import b from '../studio.module.css';

/**
 * The product's web address. It can change until the first version is published; after that
 * shoppers' links, saved designs and orders use it, so it is locked.
 */
export function SlugField() {
  const store = useDraftStore();
  const router = useRouter();
  const flush = useFlush();
  const slug = useDraft((st) => st.slug);
  const locked = useDraft((st) => st.latestVersion !== null);
  const issues = useFieldIssues(['slug']);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(slug);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const hintId = useId();

  const rename = () =>
    start(async () => {
      if (!(await flush())) return setError('Your changes could not be saved first; try again in a moment.');
      const result = await renameTemplate({
        slug,
        newSlug: value.trim(),
        revision: store.getState().revision,
      });
      if (!result.ok) return setError(result.fieldErrors?.newSlug?.join(' ') ?? result.error);
      // The editor lives at the old address: open it at the new one (everything is saved; the
      // page keys the editor by address, so it starts afresh from the server's draft).
      router.replace(`/studio/templates/${result.slug}`);
    });

  const messages = [error, ...issues].filter(Boolean);
  return (
    <div className={b.field}>
      <label htmlFor={fieldId(['slug'])}>Web address</label>
      <div className={b.unit}>
        <span>/products/</span>
        <input
          id={fieldId(['slug'])}
          value={editing ? value : slug}
          readOnly={!editing}
          aria-describedby={hintId}
          spellCheck={false}
          aria-invalid={messages.length ? true : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        {!locked && !editing && (
          <button
            type="button"
            className={b.small}
            onClick={() => {
              setValue(slug);
              setEditing(true);
            }}
          >
            Change
          </button>
        )}
        {editing && (
          <>
            <button type="button" className={b.small} disabled={pending} onClick={rename}>
              Save address
            </button>
            <button
              type="button"
              className={b.small}
              onClick={() => {
                setEditing(false);
                setError(null);
              }}
            >
              Cancel
            </button>
          </>
        )}
      </div>
      <p id={hintId} className={b.hint}>
        {locked
          ? 'Locked: shoppers’ links, saved designs and orders use this address.'
          : 'You can change it until you first publish.'}
      </p>
      {messages.length > 0 && <p className={b.fieldError}>{messages.join(' ')}</p>}
    </div>
  );
}
