import type { Metadata } from 'next';
import { ACTIONS, ListTable } from '@/components/studio/list-table';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CopyLink } from '@/components/studio/copy-link';
import { RowAction } from '@/components/studio/row-action';
import s from '@/components/studio/admin.module.css';
import i from '@/components/studio/integrations.module.css';
import { STUDIO } from '@/lib/auth/roles';
import { redeliverWebhook, rotateWebhookSecret } from '@/lib/server/actions/manage-webhook-endpoint';
import { requireRole } from '@/lib/server/auth/guard';
import { getEndpoint, listDeliveries } from '@/lib/server/webhooks/endpoints';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Webhook endpoint', robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

const time = (iso: string) => `${iso.replace('T', ' ').slice(0, 19)} UTC`;
const STATE_LABELS: Record<string, string> = {
  pending: 'Retrying',
  delivered: 'Delivered',
  failed: 'Failed',
};

export default async function WebhookEndpointPage({ params }: Props) {
  const { id } = await params;
  await requireRole(STUDIO, `/studio/webhooks/${id}`);
  const endpoint = await getEndpoint(id);
  if (!endpoint) notFound();
  const deliveries = await listDeliveries(id);
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/studio/webhooks">Webhooks</Link> / Endpoint
      </p>
      <h1>Webhook endpoint</h1>
      <p className={i.url}>{endpoint.url}</p>
      {endpoint.description && <p className="lede">{endpoint.description}</p>}
      <p>
        Events:{' '}
        <span className={i.scopes}>
          {endpoint.events.map((event) => (
            <code key={event}>{event}</code>
          ))}
        </span>
      </p>

      <h2>Signing secret</h2>
      <div className={s.panel}>
        <p>Verify every request with this secret (see the README’s example). Keep it on your server only.</p>
        <CopyLink url={endpoint.secret} label="Signing secret" copyLabel="Copy secret" />
        {endpoint.previousSecretExpiresAt && (
          <p className="muted">
            The previous secret still signs every request, as a second signature, until{' '}
            {time(endpoint.previousSecretExpiresAt)}.
          </p>
        )}
        <div className={i.actions}>
          <RowAction
            action={rotateWebhookSecret}
            id={endpoint.id}
            label="Rotate secret"
            name="Rotate the signing secret"
          />
        </div>
      </div>

      <h2>Deliveries</h2>
      <ListTable
        label="Deliveries"
        empty="Nothing sent yet."
        count={deliveries.length}
        columns={['Event', 'Sent', 'State', 'Attempts', 'Last answer', 'Time', ACTIONS]}
      >
        {deliveries.map((d) => (
          <tr key={d.id}>
            <td>
              <code>{d.eventType}</code>
              <div className={`muted ${i.mono}`}>{d.eventId}</div>
            </td>
            <td>{time(d.createdAt)}</td>
            <td className={d.state === 'failed' ? i.stateFailed : i.state}>
              {STATE_LABELS[d.state] ?? d.state}
              {d.state === 'pending' && d.attempts > 0 && (
                <div className="muted">next {time(d.nextAttemptAt)}</div>
              )}
            </td>
            <td>{d.attempts}</td>
            <td>{d.lastStatus ?? d.lastError ?? '—'}</td>
            <td>{d.lastMs === null ? '—' : `${d.lastMs} ms`}</td>
            <td>
              <RowAction
                action={redeliverWebhook}
                id={d.id}
                label="Redeliver"
                name={`Redeliver ${d.eventType} ${d.eventId}`}
              />
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
