import type { Metadata } from 'next';
import { InviteForm } from '@/components/studio/invite-form';
import { RowAction } from '@/components/studio/row-action';
import s from '@/components/studio/admin.module.css';
import { ROLE_LABELS, STUDIO } from '@/lib/auth/roles';
import { revokeInvitation } from '@/lib/server/actions/revoke-invite';
import { disableMember, enableMember } from '@/lib/server/actions/set-member-disabled';
import { requireRole } from '@/lib/server/auth/guard';
import { listPendingInvites } from '@/lib/server/auth/invites';
import { listTeam } from '@/lib/server/auth/users';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Team', robots: { index: false } };

const day = (iso: string) => iso.slice(0, 10);

export default async function TeamPage() {
  const me = await requireRole(STUDIO, '/studio/team');
  const [team, invites] = await Promise.all([listTeam(), listPendingInvites()]);
  return (
    <>
      <h1>Team</h1>
      <p className="lede">Admins manage the studio and the team; makers work the production queue. Invite people by e-mail: they choose their own name and password.</p>

      <h2>Invite someone</h2>
      <InviteForm />

      <h2>Members</h2>
      <div className="table-scroll">
        <table aria-label="Members">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {team.map((m) => (
              <tr key={m.id}>
                <td>
                  {m.name}
                  {m.id === me.id && <span className="muted"> (you)</span>}
                </td>
                <td>{m.email}</td>
                <td>{ROLE_LABELS[m.role]}</td>
                <td>{m.disabledAt ? <span className={s.badgeOff}>Disabled {day(m.disabledAt)}</span> : <span className={s.badge}>Active</span>}</td>
                <td>
                  {m.id !== me.id &&
                    (m.disabledAt ? (
                      <RowAction action={enableMember} id={m.id} label="Enable" name={`Enable ${m.name}`} />
                    ) : (
                      <RowAction action={disableMember} id={m.id} label="Disable" name={`Disable ${m.name}`} />
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>Invitations not yet accepted</h2>
      {invites.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <div className="table-scroll">
          <table aria-label="Invitations">
            <thead>
              <tr>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Invited by</th>
                <th scope="col">Link valid until</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invites.map((i) => (
                <tr key={i.id}>
                  <td>{i.email}</td>
                  <td>{ROLE_LABELS[i.role]}</td>
                  <td>{i.invitedBy}</td>
                  <td>{i.expired ? <span className={s.badgeOff}>Expired {day(i.expiresAt)}</span> : `${i.expiresAt.replace('T', ' ').slice(0, 16)} UTC`}</td>
                  <td>
                    <RowAction action={revokeInvitation} id={i.id} label={i.expired ? 'Remove' : 'Withdraw'} name={`${i.expired ? 'Remove' : 'Withdraw'} the invitation for ${i.email}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
