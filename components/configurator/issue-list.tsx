'use client';
import type { DesignIssue } from '@/lib/design/validate';
import { useTemplate } from './editor-context';
import s from './configurator.module.css';

/** Problems first, then warnings; announced politely as the shopper edits. */
export function IssueList({ issues }: { issues: DesignIssue[] }) {
  const { template } = useTemplate();
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <section className={s.panel} aria-labelledby="issues-heading" hidden={issues.length === 0}>
      <h2 id="issues-heading">Check your design</h2>
      <ul className={s.issues} aria-live="polite">
        {sorted.map((issue, i) => {
          const zone = template.zones.find((z) => z.id === issue.zoneId);
          return (
            <li key={`${issue.code}-${issue.layerId ?? ''}-${i}`} className={issue.severity === 'error' ? s.error : s.warning}>
              <strong>{issue.severity === 'error' ? 'Must fix: ' : 'Note: '}</strong>
              {zone && template.zones.length > 1 ? `${zone.name}: ` : ''}
              {issue.message}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
