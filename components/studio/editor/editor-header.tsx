'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { HistoryButtons } from '@/components/editor/history-buttons';
import { isDirty } from '@/lib/studio/draft-store';
import { StatusBadges } from '../status-badges';
import { useFlush } from './autosave-context';
import { useDraft, useDraftStore } from './draft-context';
import { SaveStatus } from './save-status';
import b from '../studio.module.css';
import s from './editor.module.css';

/** The template's name and state, the save status, and what the brand can do next. */
export function EditorHeader({ archived, onPublish }: { archived: boolean; onPublish: () => void }) {
  const router = useRouter();
  const store = useDraftStore();
  const flush = useFlush();
  const slug = useDraft((st) => st.slug);
  const name = useDraft((st) => st.doc.name);
  const latestVersion = useDraft((st) => st.latestVersion);
  const unpublished = useDraft((st) => st.unpublished || isDirty(st));
  const [leaving, setLeaving] = useState(false);
  const tryIt = async () => {
    setLeaving(true);
    if (await flush()) router.push(`/studio/templates/${slug}/try`);
    else setLeaving(false);
  };
  return (
    <div className={s.header}>
      <div>
        <p className={b.crumbs}>
          <Link href="/studio/templates">Templates</Link> / {slug}
        </p>
        <h1>{name.trim() || 'Untitled template'}</h1>
        <div className={s.meta}>
          <StatusBadges latestVersion={latestVersion} hasDraft={unpublished} archived={archived} />
          {latestVersion && (
            <span className={b.muted}>
              {archived ? 'Hidden from the shop' : `Shop shows version ${latestVersion}`}
            </span>
          )}
          <SaveStatus />
        </div>
      </div>
      <div className={s.toolbar}>
        <HistoryButtons store={store} className={b.button} />
        <button type="button" className={b.button} onClick={() => void tryIt()} disabled={leaving}>
          Try as shopper
        </button>
        {latestVersion && (
          <Link className={b.button} href={`/studio/templates/${slug}/versions`}>
            Versions
          </Link>
        )}
        <button type="button" className={b.primary} onClick={onPublish}>
          Publish…
        </button>
      </div>
    </div>
  );
}
