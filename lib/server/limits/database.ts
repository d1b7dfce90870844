import 'server-only';
import { providerOf, type Db } from '../db/client';
import { fullAgainAt, type LimitStore } from './types';

// Buckets as rows of RateLimitBucket, on SQLite or PostgreSQL. A take is one INSERT ... ON
// CONFLICT DO UPDATE ... WHERE ... RETURNING: the refill, the check and the decrement happen
// in one statement, so two processes (or two requests) can never spend the same token.
// Elapsed time never counts negative, so a process whose clock is behind refills nothing.

/** Refills are sums of fractions: a token that is 0.9999999999 whole is whole. */
const EPSILON = 1e-9;

/** At most this often, a take also forgets the buckets that are full again (as good as absent). */
const SWEEP_EVERY_MS = 60_000;

/** A store in the shop's database `conn`. */
export function databaseLimitStore(conn: Db): LimitStore {
  // Parameters written $n, each cast to its type (PostgreSQL cannot infer one type for a
  // parameter used twice); SQLite gets plain ? marks, with the values repeated to match.
  const postgres = providerOf(conn) === 'postgresql';
  const types = ['TEXT', 'DOUBLE PRECISION', 'BIGINT', 'BIGINT', 'DOUBLE PRECISION', 'DOUBLE PRECISION'];
  const statement = (text: string, values: unknown[]): [string, ...unknown[]] => {
    const args: unknown[] = [];
    const sql = text.replace(/\$(\d)/g, (_, n: string) => {
      args.push(values[Number(n) - 1]);
      return `CAST(${postgres ? `$${n}` : '?'} AS ${types[Number(n) - 1]})`;
    });
    return [sql, ...(postgres ? values : args)];
  };
  let lastSweep = Number.NEGATIVE_INFINITY;
  return {
    async take(key, limit, now) {
      const { perMinute, burst } = limit;
      const expiresAt = fullAgainAt(limit, now);
      const refilled = `(CASE WHEN "RateLimitBucket"."at" < $3 THEN "RateLimitBucket"."tokens" + ($3 - "RateLimitBucket"."at") * $5 / 60000.0 ELSE "RateLimitBucket"."tokens" END)`;
      const capped = `(CASE WHEN ${refilled} > $6 THEN $6 ELSE ${refilled} END)`;
      const rows = await conn.$queryRawUnsafe<{ tokens: number }[]>(
        ...statement(
          `INSERT INTO "RateLimitBucket" ("key", "tokens", "at", "expiresAt") VALUES ($1, $2, $3, $4)
         ON CONFLICT ("key") DO UPDATE SET
           "tokens" = ${capped} - 1,
           "at" = CASE WHEN "RateLimitBucket"."at" < $3 THEN $3 ELSE "RateLimitBucket"."at" END,
           "expiresAt" = $4
         WHERE ${capped} >= ${1 - EPSILON}
         RETURNING "tokens"`,
          [key, burst - 1, BigInt(now), BigInt(expiresAt), perMinute, burst],
        ),
      );
      if (now - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = now;
        await conn.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "expiresAt" < ${BigInt(now)}`;
      }
      return rows.length === 1;
    },
    async ping() {
      await conn.$queryRawUnsafe('SELECT 1 FROM "RateLimitBucket" LIMIT 1');
    },
    async refund(key, { burst }) {
      await conn.$executeRawUnsafe(
        ...statement(
          `UPDATE "RateLimitBucket" SET "tokens" = CASE WHEN "tokens" + 1 > $2 THEN $2 ELSE "tokens" + 1 END WHERE "key" = $1`,
          [key, burst],
        ),
      );
    },
  };
}
