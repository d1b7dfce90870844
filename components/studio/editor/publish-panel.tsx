'use client';
import Link from 'next/link';
import { useId, useMemo, useState, useTransition } from 'react';
import { publishDraft } from '@/lib/server/actions/publish-draft';
import { isDirty } from '@/lib/studio/draft-store';
import { diffTemplates } from '@/lib/templates/diff';
import { useFlush } from './autosave-context';
import { useDraft, useDraftStore, useIssues } from './draft-context';
import b from '../studio.module.css';
import s from './editor.module.css';

type Outcome = { ok: true; version: number } | { ok: false; error: string } | null;

/** Publishing: what will change for shoppers, an optional note, and the button that makes the version. */
export function PublishPanel({ archived, onClose }: { archived: boolean; onClose: () => void }) {
  const store = useDraftStore();
  const flush = useFlush();
  const slug = useDraft((st) => st.slug);
  const doc = useDraft((st) => st.doc);
  const publishedDoc = useDraft((st) => st.publishedDoc);
  const latestVersion = useDraft((st) => st.latestVersion);
  const unpublished = useDraft((st) => st.unpublished || isDirty(st));
  const { list } = useIssues();
  const changes = useMemo(() => (publishedDoc ? diffTemplates(publishedDoc, doc) : []), [publishedDoc, doc]);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, start] = useTransition();
  const noteId = useId();
  const next = (latestVersion ?? 0) + 1;

  const publish = () =>
    start(async () => {
      if (!(await flush()))
        return setOutcome({
          ok: false,
          error: 'The draft could not be saved, so it was not published. See the save status above.',
        });
      const result = await publishDraft({
        slug,
        revision: store.getState().revision,
        note: note || undefined,
      });
      if (result.ok) {
        store.getState().published(result.version, result.revision);
        setNote('');
        return setOutcome({ ok: true, version: result.version });
      }
      if (result.conflict) store.getState().saveConflict(result.conflict);
      setOutcome({ ok: false, error: result.error });
    });

  if (outcome?.ok)
    return (
      <section className={s.publish} aria-labelledby="publish-heading">
        <h2 id="publish-heading">Published version {outcome.version}</h2>
        <p role="status">
          {archived ? (
            <>
              Version {outcome.version} is stored, and stays hidden from shoppers until you unarchive the
              product.
            </>
          ) : (
            <>
              Shoppers now get version {outcome.version} at{' '}
              <Link href={`/products/${slug}`}>/products/{slug}</Link>.
            </>
          )}{' '}
          Earlier designs and orders keep the version they were made on.
        </p>
        <button type="button" className={b.button} onClick={onClose}>
          Close
        </button>
      </section>
    );

  const blocked = list.length > 0 || (!unpublished && latestVersion !== null);
  return (
    <section className={s.publish} aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish version {next}</h2>
      {list.length > 0 ? (
        <p>
          Fix the {list.length === 1 ? 'problem' : `${list.length} problems`} listed below first: shoppers
          only get templates that can be produced.
        </p>
      ) : latestVersion === null ? (
        <p>This is the first version: the product appears in the catalogue at /products/{slug}.</p>
      ) : !unpublished ? (
        <p>Nothing has changed since version {latestVersion}.</p>
      ) : (
        <>
          <p>Changes since version {latestVersion}, which shoppers see now:</p>
          <ul className={s.changes} aria-label="Changes to publish">
            {changes.map((c, i) => (
              <li key={i}>{c.text}</li>
            ))}
          </ul>
        </>
      )}
      <div className={b.field} style={{ maxWidth: '36rem', marginBottom: '0.75rem' }}>
        <label htmlFor={noteId}>Note for the version history (optional)</label>
        <input
          id={noteId}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          placeholder="e.g. New autumn colours"
        />
      </div>
      <div className={s.row}>
        <button type="button" className={b.primary} disabled={blocked || pending} onClick={publish}>
          {pending ? 'Publishing…' : `Publish version ${next}`}
        </button>
        <button type="button" className={b.button} onClick={onClose}>
          Cancel
        </button>
      </div>
      {outcome && !outcome.ok && (
        <p role="alert" className={b.alert} style={{ marginTop: '0.6rem' }}>
          {outcome.error}
        </p>
      )}
    </section>
  );
}
