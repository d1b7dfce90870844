import type { Metadata } from 'next';
import { ACTIONS, ListTable } from '@/components/studio/list-table';
import Link from 'next/link';
import { ApiKeyForm } from '@/components/studio/api-key-form';
import { RowAction } from '@/components/studio/row-action';
import s from '@/components/studio/admin.module.css';
import i from '@/components/studio/integrations.module.css';
import { STUDIO } from '@/lib/auth/roles';
import { revokeApiKeyAction } from '@/lib/server/actions/revoke-api-key';
import { listApiKeys } from '@/lib/server/api/keys';
import { requireRole } from '@/lib/server/auth/guard';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'API keys', robots: { index: false } };

const when = (iso: string | null) => (iso ? `${iso.replace('T', ' ').slice(0, 16)} UTC` : 'Never');

export default async function ApiKeysPage() {
  await requireRole(STUDIO, '/studio/api-keys');
  const keys = await listApiKeys();
  return (
    <>
      <h1>API keys</h1>
      <p className="lede">
        Keys let another system, such as the store you already sell on, use the{' '}
        <Link href="/developers">Onekind API</Link>: read products, save designs, place orders and download
        production files. Give each store its own key with only the scopes it needs; revoke a key and its next
        request is refused.
      </p>

      <h2>New key</h2>
      <ApiKeyForm />

      <h2>Keys</h2>
      <ListTable
        label="API keys"
        empty="No keys yet."
        count={keys.length}
        columns={['Name', 'Key starts with', 'Scopes', 'Created', 'Last used', ACTIONS]}
      >
        {keys.map((k) => (
          <tr key={k.id}>
            <td>{k.name}</td>
            <td className={`${i.mono} ${i.nowrap}`}>{k.prefix}…</td>
            <td>
              <span className={i.scopes}>
                {k.scopes.map((scope) => (
                  <code key={scope}>{scope}</code>
                ))}
              </span>
            </td>
            <td>{when(k.createdAt)}</td>
            <td>{when(k.lastUsedAt)}</td>
            <td>
              {k.revokedAt ? (
                <span className={s.badgeOff}>Revoked {k.revokedAt.slice(0, 10)}</span>
              ) : (
                <RowAction action={revokeApiKeyAction} id={k.id} label="Revoke" name={`Revoke ${k.name}`} />
              )}
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
