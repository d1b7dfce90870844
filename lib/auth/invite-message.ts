// The invitation e-mail, as text and HTML. Pure, so it is written in the invite's own
// transaction and tests can read it.
import { ROLE_LABELS, type Role } from './roles';

export type InviteFacts = { inviterName: string; role: Role; url: string; expiresAt: Date };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const WHAT: Record<Role, string> = {
  admin: 'manage the shop’s products, orders and team in the studio',
  maker: 'work the production queue and download the production files',
};

/** Subject, plain text and HTML of an invitation to join the team. */
export function inviteMessage(i: InviteFacts): { subject: string; text: string; html: string } {
  const until = `${i.expiresAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
  const role = ROLE_LABELS[i.role].toLowerCase();
  const subject = `${i.inviterName} invited you to Onekind as ${role === 'admin' ? 'an' : 'a'} ${role}`;
  const text = [
    'Hello,',
    '',
    `${i.inviterName} invited you to join the team on Onekind as ${role === 'admin' ? 'an' : 'a'} ${role}, to ${WHAT[i.role]}.`,
    '',
    `Choose your name and password here: ${i.url}`,
    '',
    `The link works once, until ${until}. If you did not expect it, ignore this message.`,
  ].join('\n');
  const html =
    `<p>Hello,</p>` +
    `<p>${escapeHtml(i.inviterName)} invited you to join the team on Onekind as ${role === 'admin' ? 'an' : 'a'} ${role}, to ${escapeHtml(WHAT[i.role])}.</p>` +
    `<p><a href="${escapeHtml(i.url)}">Choose your name and password</a></p>` +
    `<p>The link works once, until ${until}. If you did not expect it, ignore this message.</p>`;
  return { subject, text, html };
}
