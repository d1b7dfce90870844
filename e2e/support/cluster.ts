import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';

export { roundRobinProxy } from '../../lib/server/testing/round-robin-proxy';

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
  // Not spawnSync: a store the test runs in this process (s3rver) must go on answering the seed.
  for (const script of ['db:migrate', 'db:seed']) {
    const run = startProcess(script, script, { ...env, DATABASE_URL: url.toString() });
    const code = await new Promise<number | null>((resolve) => run.child.once('exit', resolve));
    if (code !== 0) throw new Error(`npm run ${script} failed:\n${run.output()}`);
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

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; servedBy: string };

/**
 * One HTTP request sent from `localAddress`, a loopback address of its own (127.0.0.x): to the
 * proxy it is another machine. A FormData body is sent as multipart/form-data.
 */
export async function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | FormData } = {},
): Promise<Answer> {
  const headers = { ...init.headers };
  let body: Buffer | undefined;
  if (init.body instanceof FormData) {
    const encoded = new Request('http://localhost/', { method: 'POST', body: init.body });
    body = Buffer.from(await encoded.arrayBuffer());
    headers['content-type'] = encoded.headers.get('content-type')!;
  } else if (init.body !== undefined) body = Buffer.from(init.body);
  if (body) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? 'GET', headers, localAddress }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('error', reject);
      answer.on('end', () =>
        resolve({
          status: answer.statusCode ?? 0,
          headers: answer.headers,
          body: Buffer.concat(chunks),
          servedBy: String(answer.headers['x-served-by'] ?? '?'),
        }),
      );
    });
    request.on('error', reject);
    request.end(body);
  });
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
