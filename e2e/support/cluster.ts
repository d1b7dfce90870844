import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';

// Several Onekind processes on one PostgreSQL database and one storage folder, behind a
// round-robin proxy: what a shop run as N web processes and M workers looks like.

const ROOT = path.join(import.meta.dirname, '..', '..');
export const PG_ADMIN = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Whether PostgreSQL answers; in CI it must. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if (process.env.CI)
      throw new Error(`PostgreSQL must be reachable in CI at ${PG_ADMIN}`, { cause: error });
    return false;
  }
}

/** A new database, migrated and seeded by the npm scripts; returns its URL and how to drop it. */
export async function createShopDatabase(
  env: Record<string, string>,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `onekind_e2e_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  for (const script of ['db:migrate', 'db:seed']) {
    const run = spawnSync('npm', ['run', script], {
      cwd: ROOT,
      env: { ...process.env, ...env, DATABASE_URL: url.toString() },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`npm run ${script} failed:\n${run.stdout}\n${run.stderr}`);
  }
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_ADMIN });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export type Proc = { name: string; child: ChildProcess; output: () => string; stop: () => Promise<void> };

/** Runs an npm script with `env` in its own process group. */
export function startProcess(name: string, script: string, env: Record<string, string>): Proc {
  const child = spawn('npm', ['run', script], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await gone;
  };
  return { name, child, output: () => output, stop };
}

/** Resolves once `url` answers 200. */
export async function waitForServer(proc: Proc, url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} stopped:\n${proc.output()}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${proc.name} did not answer within 2 minutes:\n${proc.output()}`);
}

/**
 * A round-robin HTTP proxy on 127.0.0.1 in front of `backends`: each request goes to the next
 * one, with X-Forwarded-For set, and the answer says which one served it (x-served-by).
 */
export async function roundRobinProxy(
  backends: string[],
): Promise<{ url: string; close: () => Promise<void> }> {
  let next = 0;
  const server = http.createServer((req, res) => {
    const index = next++ % backends.length;
    const target = new URL(req.url ?? '/', backends[index]);
    const upstream = http.request(
      target,
      {
        method: req.method,
        headers: { ...req.headers, host: target.host, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': String(index) });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A maker account with a session, written into the database; returns the session cookie. */
export async function makerSession(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const token = randomBytes(32).toString('base64url');
  const userId = randomUUID();
  await client.query(
    `INSERT INTO "User" (id, email, name, role, "passwordHash") VALUES ($1, $2, 'Max Maker', 'maker', 'x')`,
    [userId, `maker-${userId}@example.com`],
  );
  await client.query(
    `INSERT INTO "Session" (id, "userId", "expiresAt") VALUES ($1, $2, now() + interval '1 hour')`,
    [createHash('sha256').update(token).digest('hex'), userId],
  );
  await client.end();
  return `onekind_session=${token}`;
}
