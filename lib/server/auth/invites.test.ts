import { afterAll, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../auth/roles';
import { logSender, setMessageSender } from '../outbox';
import { seededTestDatabase, testDatabases } from '../testing/databases';
import { freshLimiters } from './attempt-limits';
import { authenticate } from './authenticate';
import { acceptInvite, createInvite, findOpenInvite, listPendingInvites, revokeInvite } from './invites';
import { tokenId } from './tokens';
import { createUser } from './users';

const kinds = await testDatabases();
const DAY = 24 * 60 * 60 * 1000;
const URL_BASE = 'https://shop.example';

describe.each(kinds)('invitations on $name', (kind) => {
  const t = seededTestDatabase(kind);
  // Invites schedule outbox delivery; keep it from printing or outliving the test database.
  setMessageSender(() => Promise.resolve());
  afterAll(() => setMessageSender(logSender));

  let admin: StaffUser;
  const tokenOf = (url: string) => url.slice(`${URL_BASE}/invite/`.length);
  const invite = async (email: string, role: 'maker' | 'admin' = 'maker', now = new Date()) => {
    admin ??= await createUser({ email: 'owner@example.com', name: 'Olive Owner', role: 'admin', password: 'owner password 1' }, t.db).then((r) => {
      if (!r.ok) throw new Error(r.error);
      return r.user;
    });
    const result = await createInvite({ email, role }, admin, URL_BASE, t.db, now);
    if (!result.ok) throw new Error(result.error);
    return { ...result, token: tokenOf(result.url) };
  };

  it.skipIf(!kind.available)('writes a one-time link valid 7 days, keeps only its hash, and e-mails it', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const { url, token, expiresAt } = await invite('Mia@Example.com', 'maker', now);
    expect(url).toMatch(/^https:\/\/shop\.example\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toBe('2026-12-08T10:00:00.000Z');
    const row = await t.db.invite.findUniqueOrThrow({ where: { id: tokenId(token) } });
    expect(row).toMatchObject({ email: 'mia@example.com', role: 'maker', invitedById: admin.id, acceptedAt: null });
    expect(await t.db.invite.count({ where: { id: token } })).toBe(0);
    const message = await t.db.outboxMessage.findFirstOrThrow({ where: { to: 'mia@example.com' } });
    expect(message.subject).toBe('Olive Owner invited you to Onekind as a maker');
    expect(message.text).toContain(url);
    expect(message.html).toContain(`href="${url}"`);
    expect(await findOpenInvite(token, t.db, new Date(now.getTime() + 7 * DAY - 1))).toEqual({ email: 'mia@example.com', role: 'maker', expiresAt });
    expect(await findOpenInvite(token, t.db, new Date(now.getTime() + 7 * DAY))).toBeNull();
    expect(await acceptInvite({ token, name: 'Mia', password: 'too late password' }, t.db, new Date(now.getTime() + 8 * DAY))).toMatchObject({ ok: false });
    expect((await listPendingInvites(t.db, new Date(now.getTime() + 8 * DAY))).find((i) => i.email === 'mia@example.com')).toMatchObject({ expired: true, invitedBy: 'Olive Owner' });
  });

  it.skipIf(!kind.available)('creates the account with the invited role when accepted, once', async () => {
    const { token } = await invite('noah@example.com', 'admin');
    const accepted = await acceptInvite({ token, name: 'Noah', password: 'noah chooses a password' }, t.db);
    expect(accepted).toMatchObject({ ok: true, user: { email: 'noah@example.com', name: 'Noah', role: 'admin' } });
    expect(await acceptInvite({ token, name: 'Mallory', password: 'a second use of it' }, t.db)).toMatchObject({ ok: false, error: expect.stringContaining('no longer valid') });
    expect(await findOpenInvite(token, t.db)).toBeNull();
    expect(await authenticate({ email: 'noah@example.com', password: 'noah chooses a password' }, '192.0.2.1', { conn: t.db, limiter: freshLimiters() })).toMatchObject({ ok: true });
    expect((await listPendingInvites(t.db)).map((i) => i.email)).not.toContain('noah@example.com');
  });

  it.skipIf(!kind.available)('makes one account when the same link is used twice at once', async () => {
    const { token } = await invite('race@example.com');
    const results = await Promise.all([acceptInvite({ token, name: 'One', password: 'first racer password' }, t.db), acceptInvite({ token, name: 'Two', password: 'second racer password' }, t.db)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await t.db.user.count({ where: { email: 'race@example.com' } })).toBe(1);
  });

  it.skipIf(!kind.available)('replaces an earlier link for the same address, and revoking stops a link', async () => {
    const first = await invite('zoe@example.com');
    const second = await invite('zoe@example.com', 'admin');
    expect(await findOpenInvite(first.token, t.db)).toBeNull();
    expect(await findOpenInvite(second.token, t.db)).toMatchObject({ role: 'admin' });
    expect(await revokeInvite(tokenId(second.token), t.db)).toBe(true);
    expect(await revokeInvite(tokenId(second.token), t.db)).toBe(false);
    expect(await acceptInvite({ token: second.token, name: 'Zoe', password: 'revoked link password' }, t.db)).toMatchObject({ ok: false });
  });

  it.skipIf(!kind.available)('refuses to invite an address that already has an account, and unknown tokens', async () => {
    await invite('dup@example.com');
    const { token } = await invite('dup2@example.com');
    await acceptInvite({ token, name: 'Dup', password: 'duplicate password' }, t.db);
    expect(await createInvite({ email: 'DUP2@example.com', role: 'maker' }, admin, URL_BASE, t.db)).toMatchObject({ ok: false, fieldErrors: { email: ['There is already an account with this e-mail address.'] } });
    expect(await findOpenInvite('x'.repeat(43), t.db)).toBeNull();
    expect(await findOpenInvite('short', t.db)).toBeNull();
  });
});
