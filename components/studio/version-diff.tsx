import type { TemplateChange } from '@/lib/templates/diff';
import s from './studio.module.css';

const MARK: Record<TemplateChange['kind'], { text: string; className: string | undefined }> = {
  added: { text: 'Added', className: s.badgeLive },
  removed: { text: 'Removed', className: s.badgeArchived },
  changed: { text: 'Changed', className: s.badgeDraft },
};

type Choice = { value: string; label: string };

/** Two versions side by side in words: a GET form to pick them, and every change between them. */
export function VersionDiff({
  choices,
  from,
  to,
  changes,
}: {
  choices: Choice[];
  from: string;
  to: string;
  changes: TemplateChange[];
}) {
  return (
    <section aria-labelledby="diff-heading">
      <h2 id="diff-heading">What changed</h2>
      <form method="get" className={s.compare} aria-label="Compare versions">
        <div className={s.field}>
          <label htmlFor="diff-from">From</label>
          <select id="diff-from" name="from" defaultValue={from}>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className={s.field}>
          <label htmlFor="diff-to">To</label>
          <select id="diff-to" name="to" defaultValue={to}>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={s.button}>
          Compare
        </button>
      </form>
      {changes.length === 0 ? (
        <p>No differences.</p>
      ) : (
        <ul
          className={s.diff}
          aria-label={`Changes from ${choices.find((c) => c.value === from)?.label} to ${choices.find((c) => c.value === to)?.label}`}
        >
          {changes.map((c, i) => (
            <li key={i}>
              <span className={MARK[c.kind].className}>{MARK[c.kind].text}</span> {c.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
