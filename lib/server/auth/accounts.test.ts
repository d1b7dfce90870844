import { describe, expect, it } from 'vitest';
import { seededTestDatabase, testDatabases } from '../testing/databases';
import { freshLimiters } from './attempt-limits';
import { authenticate, ACCOUNT_DISABLED, WRONG_CREDENTIALS } from './authenticate';
import { createSession, endUserSessions, SESSION_HOURS, userForSession, deleteSession } from './sessions';
import { tokenId } from './tokens';
import { countUsers, createFirstAdmin, createUser, listTeam, setPassword, setUserDisabled } from './users';

const kinds = await testDatabases();
const HOUR = 60 * 60 * 1000;

describe.each(kinds)('accounts and sessions on $name', (kind) => {
  const t = seededTestDatabase(kind);
  let n = 0;
  const email = (who: string) => `${who}-${++n}@example.com`;
  const maker = async (password = 'a long enough password') => {
    const result = await createUser({ email: email('maker'), name: 'Mia Maker', role: 'maker', password }, t.db);
    if (!result.ok) throw new Error(result.error);
    return result.user;
  };

  it.skipIf(!kind.available)('creates one first admin, even when two set-ups race', async () => {
    expect(await countUsers(t.db)).toBe(0);
    const results = await Promise.all([
      createFirstAdmin({ email: 'Owner@Example.com', name: 'Olive Owner', password: 'first admin password' }, t.db),
      createFirstAdmin({ email: 'stranger@example.com', name: 'Stranger', password: 'second admin password' }, t.db),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: 'This shop is already set up. Sign in instead.' });
    expect(await countUsers(t.db)).toBe(1);
    expect(await createFirstAdmin({ email: 'late@example.com', name: 'Late', password: 'third admin password' }, t.db)).toMatchObject({ ok: false });
  });

  it.skipIf(!kind.available)('stores e-mails lower-cased, one account per address, and never the password', async () => {
    const created = await createUser({ email: 'Ada@Example.COM', name: 'Ada', role: 'maker', password: 'correct horse battery' }, t.db);
    expect(created).toMatchObject({ ok: true, user: { email: 'ada@example.com', role: 'maker' } });
    expect(await createUser({ email: 'ada@example.com', name: 'Ada again', role: 'admin', password: 'correct horse battery' }, t.db)).toMatchObject({
      ok: false,
      fieldErrors: { email: ['There is already an account with this e-mail address.'] },
    });
    const row = await t.db.user.findUniqueOrThrow({ where: { email: 'ada@example.com' } });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(await listTeam(t.db))).not.toContain('scrypt');
  });

  it.skipIf(!kind.available)('keeps only the hash of a session token, and ends sessions after 12 hours', async () => {
    const user = await maker();
    const now = new Date('2026-12-01T08:00:00Z');
    const { token, expiresAt } = await createSession(user.id, t.db, now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - now.getTime()).toBe(SESSION_HOURS * HOUR);
    expect(await t.db.session.findUnique({ where: { id: token } })).toBeNull();
    expect(await t.db.session.findUnique({ where: { id: tokenId(token) } })).not.toBeNull();

    expect(await userForSession(token, t.db, new Date(now.getTime() + 11 * HOUR))).toEqual(user);
    expect(await userForSession(token, t.db, new Date(now.getTime() + 12 * HOUR))).toBeNull();
    expect(await userForSession(tokenId(token), t.db, now)).toBeNull();
    expect(await userForSession('garbage', t.db, now)).toBeNull();
    expect(await userForSession(undefined, t.db, now)).toBeNull();

    // A new sign-in, anyone's, clears expired sessions.
    const other = await maker();
    await createSession(other.id, t.db, new Date(now.getTime() + 13 * HOUR));
    expect(await t.db.session.findUnique({ where: { id: tokenId(token) } })).toBeNull();
  });

  it.skipIf(!kind.available)('signing out deletes the session row', async () => {
    const user = await maker();
    const { token } = await createSession(user.id, t.db);
    await deleteSession(token, t.db);
    expect(await userForSession(token, t.db)).toBeNull();
    await deleteSession('not-a-token', t.db);
  });

  it.skipIf(!kind.available)('disabling a user ends their sessions and refuses new ones; enabling lets them back', async () => {
    const admin = await createUser({ email: email('admin'), name: 'Adam Admin', role: 'admin', password: 'admin password 123' }, t.db);
    if (!admin.ok) throw new Error(admin.error);
    const user = await maker();
    const a = await createSession(user.id, t.db);
    const b = await createSession(user.id, t.db);
    expect(await setUserDisabled(admin.user.id, user.id, true, t.db)).toEqual({ ok: true });
    expect(await userForSession(a.token, t.db)).toBeNull();
    expect(await userForSession(b.token, t.db)).toBeNull();
    expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
    // Even a session row that slipped through (created concurrently) is refused while disabled.
    const c = await createSession(user.id, t.db);
    expect(await userForSession(c.token, t.db)).toBeNull();
    expect(await setUserDisabled(admin.user.id, user.id, false, t.db)).toEqual({ ok: true });
    expect(await userForSession(c.token, t.db)).toEqual(user);
  });

  it.skipIf(!kind.available)('keeps an admin from disabling themself or the last enabled admin', async () => {
    const team = await listTeam(t.db);
    const admins = team.filter((m) => m.role === 'admin' && !m.disabledAt);
    const [first, ...others] = admins;
    expect(await setUserDisabled(first!.id, first!.id, true, t.db)).toEqual({ ok: false, error: 'You cannot disable your own account.' });
    for (const other of others) expect(await setUserDisabled(first!.id, other.id, true, t.db)).toEqual({ ok: true });
    const m = await maker();
    expect(await setUserDisabled(m.id, first!.id, true, t.db)).toEqual({ ok: false, error: 'This is the last admin: invite another admin before disabling it.' });
    expect(await setUserDisabled(first!.id, 'no-such-user', true, t.db)).toEqual({ ok: false, error: 'No such account.' });
  });

  it.skipIf(!kind.available)('changing a password ends every session of the account', async () => {
    const user = await maker('old password is long');
    const s1 = await createSession(user.id, t.db);
    await setPassword(user.id, 'new password is longer', t.db);
    expect(await userForSession(s1.token, t.db)).toBeNull();
    const limiter = freshLimiters();
    expect(await authenticate({ email: user.email, password: 'old password is long' }, '198.51.100.1', { conn: t.db, limiter })).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    expect(await authenticate({ email: user.email, password: 'new password is longer' }, '198.51.100.1', { conn: t.db, limiter })).toEqual({ ok: true, user });
    await endUserSessions(user.id, t.db);
  });

  it.skipIf(!kind.available)('signs in with the right password only, with one answer for unknown e-mails and wrong passwords', async () => {
    const user = await maker('right password here');
    const limiter = freshLimiters();
    const deps = { conn: t.db, limiter };
    expect(await authenticate({ email: user.email, password: 'right password here' }, '198.51.100.2', deps)).toEqual({ ok: true, user });
    const wrong = await authenticate({ email: user.email, password: 'wrong password here' }, '198.51.100.2', deps);
    const unknown = await authenticate({ email: 'nobody@example.com', password: 'right password here' }, '198.51.100.2', deps);
    expect(wrong).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    expect(unknown).toEqual(wrong);
  });

  it.skipIf(!kind.available)('tells a disabled account so only once the password is right', async () => {
    const admin = (await listTeam(t.db)).find((m) => m.role === 'admin' && !m.disabledAt)!;
    const user = await maker('disabled user password');
    await setUserDisabled(admin.id, user.id, true, t.db);
    const deps = { conn: t.db, limiter: freshLimiters() };
    expect(await authenticate({ email: user.email, password: 'not the password!' }, '198.51.100.3', deps)).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    expect(await authenticate({ email: user.email, password: 'disabled user password' }, '198.51.100.3', deps)).toEqual({ ok: false, error: ACCOUNT_DISABLED });
  });

  it.skipIf(!kind.available)('upgrades a hash made with weaker parameters at sign-in', async () => {
    const user = await maker('upgrade my hash please');
    const { hashPassword } = await import('./password');
    await t.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword('upgrade my hash please', { ln: 10, r: 8, p: 1 }) } });
    expect(await authenticate({ email: user.email, password: 'upgrade my hash please' }, '198.51.100.4', { conn: t.db, limiter: freshLimiters() })).toMatchObject({ ok: true });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(/^scrypt\$ln=16,r=8,p=2\$/);
  });
});
