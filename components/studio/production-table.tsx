import Link from 'next/link';
import { retryProduction } from '@/lib/server/actions/retry-production';
import type { ProductionRow } from '@/lib/server/studio/production-report';
import s from './admin.module.css';
import p from './production.module.css';
import { RowAction } from './row-action';

const STATE_LABELS = {
  queued: 'Queued',
  rendering: 'Rendering',
  ready: 'Ready',
  failed: 'Failed',
  cancelled: 'Cancelled',
} as const;

function StateBadge({ state }: { state: ProductionRow['state'] }) {
  if (!state) return <span className={p.state}>Not queued</span>;
  const className =
    state === 'ready'
      ? p.ready
      : state === 'failed'
        ? p.failed
        : state === 'rendering'
          ? p.rendering
          : p.state;
  return <span className={className}>{STATE_LABELS[state]}</span>;
}

const actionLabel = (state: ProductionRow['state']) =>
  state === 'failed' ? 'Retry' : state === null ? 'Render' : 'Render again';

/** Each order's production files: their state, attempts, the last error, and a way to render them again. */
export function ProductionTable({ rows }: { rows: ProductionRow[] }) {
  return (
    <div className="table-scroll">
      <table aria-label="Production files">
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Placed (UTC)</th>
            <th scope="col">Files</th>
            <th scope="col" className={s.numeric}>
              Attempts
            </th>
            <th scope="col">Last error</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number}>
              <td>
                <Link href={`/studio/orders/${row.number}`}>{row.number}</Link>
              </td>
              <td>{row.placedAt.replace('T', ' ').slice(0, 16)}</td>
              <td>
                <StateBadge state={row.state} />
              </td>
              <td className={s.numeric}>{row.attempts}</td>
              <td className={p.error}>{row.lastError ?? ''}</td>
              <td>
                {row.orderStatus !== 'cancelled' && row.state !== 'rendering' && row.state !== 'queued' && (
                  <RowAction
                    action={retryProduction}
                    id={row.number}
                    label={actionLabel(row.state)}
                    name={`${actionLabel(row.state)} ${row.number}`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
