import type { Metadata } from 'next';
import { ACTIONS, ListTable } from '@/components/studio/list-table';
import Link from 'next/link';
import { RowAction } from '@/components/studio/row-action';
import { WebhookEndpointForm } from '@/components/studio/webhook-endpoint-form';
import i from '@/components/studio/integrations.module.css';
import { STUDIO } from '@/lib/auth/roles';
import { deleteWebhookEndpoint } from '@/lib/server/actions/manage-webhook-endpoint';
import { requireRole } from '@/lib/server/auth/guard';
import { listEndpoints } from '@/lib/server/webhooks/endpoints';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Webhooks', robots: { index: false } };

export default async function WebhooksPage() {
  await requireRole(STUDIO, '/studio/webhooks');
  const endpoints = await listEndpoints();
  return (
    <>
      <h1>Webhooks</h1>
      <p className="lede">
        Onekind tells your other systems when something happens: it POSTs each event, signed as the Standard
        Webhooks specification says, to every endpoint that chose it, and retries for 24 hours when an
        endpoint fails. A slow endpoint never slows your checkout.
      </p>

      <h2>New endpoint</h2>
      <WebhookEndpointForm />

      <h2>Endpoints</h2>
      <ListTable
        label="Endpoints"
        empty="No endpoints yet."
        count={endpoints.length}
        columns={['URL', 'Events', 'Delivered', 'Retrying', 'Failed', ACTIONS]}
      >
        {endpoints.map((e) => (
          <tr key={e.id}>
            <td>
              <Link href={`/studio/webhooks/${e.id}`} className={i.mono}>
                {e.url}
              </Link>
              {e.description && <div className="muted">{e.description}</div>}
            </td>
            <td>
              <span className={i.scopes}>
                {e.events.map((event) => (
                  <code key={event}>{event}</code>
                ))}
              </span>
            </td>
            <td>{e.counts.delivered}</td>
            <td>{e.counts.pending}</td>
            <td>{e.counts.failed}</td>
            <td>
              <RowAction
                action={deleteWebhookEndpoint}
                id={e.id}
                label="Delete"
                name={`Delete the endpoint ${e.url}`}
              />
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
