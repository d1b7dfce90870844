'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { archiveTemplate } from '@/lib/server/actions/archive-template';
import s from './studio.module.css';

/** Hides a product from the catalogue, or brings it back; orders and versions stay either way. */
export function ArchiveButton({ slug, name, archived }: { slug: string; name: string; archived: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = () =>
    start(async () => {
      const result = await archiveTemplate({ slug, archived: !archived });
      if (!result.ok) return setError(result.error);
      setError(null);
      router.refresh();
    });
  return (
    <>
      <button
        type="button"
        className={s.small}
        disabled={pending}
        onClick={toggle}
        aria-label={`${archived ? 'Unarchive' : 'Archive'} ${name}`}
        title={
          archived
            ? 'Show it in the catalogue again'
            : 'Hide it from the catalogue; orders and versions are kept'
        }
      >
        {archived ? 'Unarchive' : 'Archive'}
      </button>
      {error && (
        <span role="alert" className={s.fieldError}>
          {error}
        </span>
      )}
    </>
  );
}
