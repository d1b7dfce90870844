import type { TemplateChange } from '@/lib/templates/diff';
import s from './studio.module.css';

const MARK: Record<TemplateChange['kind'], { text: string; className: string | undefined }> = {
  added: { text: 'Added', className: s.badgeLive },
  removed: { text: 'Removed', className: s.badgeArchived },
  changed: { text: 'Changed', className: s.badgeDraft },
};

type Choice = { value: string; label: string };

/** One end of the comparison: a version (or the draft) to pick. */
function VersionSelect({ name, label, value, choices }: { name: 'from' | 'to'; label: string; value: string; choices: Choice[] }) {
  return (
    <div className={s.field}>
      <label htmlFor={`diff-${name}`}>{label}</label>
      <select id={`diff-${name}`} name={name} defaultValue={value}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
        <VersionSelect name="from" label="From" value={from} choices={choices} />
        <VersionSelect name="to" label="To" value={to} choices={choices} />
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
