import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../rate-limit';
import { memoryLimitStore } from '../limits/memory';
import { seededTestDatabase, testDatabases } from '../testing/databases';
import { freshLimiters, limiterIn, LIMITS, TOO_MANY_ATTEMPTS, type LimitName } from './attempt-limits';
import { authenticate, WRONG_CREDENTIALS } from './authenticate';
import { createUser } from './users';

// Only SQLite: throttling happens before the database is asked anything.
const [sqlite] = await testDatabases();

describe('sign-in throttling', () => {
  const t = seededTestDatabase(sqlite!);

  it('refuses even the right password after five wrong ones for an e-mail, without checking it, then lets one try a minute', async () => {
    const created = await createUser(
      { email: 'target@example.com', name: 'Tess Target', role: 'admin', password: 'the right password' },
      t.db,
    );
    if (!created.ok) throw new Error(created.error);
    const deps = { conn: t.db, limiter: freshLimiters(), now: 0 };
    for (let i = 0; i < 5; i++) {
      // Each from another address: the per-address limit is not what stops them.
      expect(
        await authenticate({ email: 'target@example.com', password: `guess ${i}` }, `203.0.113.${i}`, deps),
      ).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    }
    const started = performance.now();
    expect(
      await authenticate(
        { email: 'target@example.com', password: 'the right password' },
        '203.0.113.99',
        deps,
      ),
    ).toEqual({ ok: false, error: TOO_MANY_ATTEMPTS });
    // A password check costs a third of a second of scrypt; a refusal costs nothing.
    expect(performance.now() - started).toBeLessThan(50);

    expect(
      await authenticate({ email: 'target@example.com', password: 'the right password' }, '203.0.113.99', {
        ...deps,
        now: 30_000,
      }),
    ).toEqual({ ok: false, error: TOO_MANY_ATTEMPTS });
    expect(
      await authenticate({ email: 'target@example.com', password: 'the right password' }, '203.0.113.99', {
        ...deps,
        now: 60_000,
      }),
    ).toMatchObject({ ok: true });
  });

  it('never locks out staff who sign in right, however often', async () => {
    const created = await createUser(
      { email: 'busy@example.com', name: 'Bea Busy', role: 'maker', password: 'busy busy password' },
      t.db,
    );
    if (!created.ok) throw new Error(created.error);
    const deps = { conn: t.db, limiter: freshLimiters(), now: 0 };
    for (let i = 0; i < 7; i++)
      expect(
        await authenticate(
          { email: 'busy@example.com', password: 'busy busy password' },
          '203.0.113.50',
          deps,
        ),
      ).toMatchObject({ ok: true });
    // Wrong ones still use the allowance up: four more wrong tries leave one.
    for (let i = 0; i < 4; i++)
      await authenticate({ email: 'busy@example.com', password: `wrong ${i}` }, '203.0.113.50', deps);
    expect(
      await authenticate({ email: 'busy@example.com', password: 'busy busy password' }, '203.0.113.50', deps),
    ).toMatchObject({ ok: true });
  });

  it('limits one address trying many e-mail addresses', async () => {
    // Two tries per address here (20 in production) keep the test from hashing 20 passwords.
    const perAddress = limiterIn(memoryLimitStore(), 'signInPerAddress', { perMinute: 1, burst: 2 });
    const others = freshLimiters();
    const deps = {
      conn: t.db,
      limiter: (name: LimitName) => (name === 'signInPerAddress' ? perAddress : others(name)),
      now: 0,
    };
    for (const who of ['spray-1', 'spray-2']) {
      expect(
        await authenticate({ email: `${who}@example.com`, password: 'password1234' }, '198.51.100.7', deps),
      ).toEqual({ ok: false, error: WRONG_CREDENTIALS });
    }
    expect(
      await authenticate({ email: 'spray-3@example.com', password: 'password1234' }, '198.51.100.7', deps),
    ).toEqual({ ok: false, error: TOO_MANY_ATTEMPTS });
    // Another address is not affected.
    expect(
      await authenticate({ email: 'spray-3@example.com', password: 'password1234' }, '198.51.100.8', deps),
    ).toEqual({ ok: false, error: WRONG_CREDENTIALS });
  });

  it('uses the token bucket of lib/rate-limit with the documented limits', () => {
    const perEmail = createRateLimiter(LIMITS.signInPerEmail);
    expect(Array.from({ length: 6 }, () => perEmail.take('a@example.com', 0))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(perEmail.take('a@example.com', 59_000)).toBe(false);
    expect(perEmail.take('a@example.com', 60_000)).toBe(true);
  });
});
