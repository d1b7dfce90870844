import Link from 'next/link';
import s from './pager.module.css';

type Props = { first?: string | undefined; previous?: string | undefined; next?: string | undefined };

/** Links to the first, previous and next page of a list; nothing when the list fits one page. */
export function Pager({ first, previous, next }: Props) {
  if (!previous && !next) return null;
  return (
    <nav className={s.pager} aria-label="Pages">
      {first && <Link href={first}>First page</Link>}
      {previous && <Link href={previous}>Previous page</Link>}
      {next && <Link href={next}>Next page</Link>}
    </nav>
  );
}

/** "51–100 of 230 orders": where a page sits in its list. */
export function pageSummary(offset: number, shown: number, count: number, noun: string): string {
  if (count === 1) return `1 ${noun}`;
  return shown === 0 ? `${count} ${noun}s` : `${offset + 1}–${offset + shown} of ${count} ${noun}s`;
}
