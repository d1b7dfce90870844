'use client';
import { useState } from 'react';
import s from './admin.module.css';

/** A link shown in full, read-only, with a button that copies it. */
export function CopyLink({
  url,
  label,
  copyLabel = 'Copy link',
}: {
  url: string;
  label: string;
  copyLabel?: string;
}) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard permission (an http page, an old browser): the text is selectable anyway.
      setCopied(false);
    }
  };
  return (
    <div className={s.link}>
      <input aria-label={label} value={url} readOnly onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className={s.small} onClick={() => void copy()}>
        {copied ? 'Copied' : copyLabel}
      </button>
    </div>
  );
}
