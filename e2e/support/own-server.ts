import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { E2E_PORT } from './e2e-server';

// A second production server for specs that need other settings than the shared one (no
// trusted proxy, fresh throttles): `npm run serve` on the same build, on a copy of the
// end-to-end database, on E2E_PORT + offset. Started and stopped by the spec.

const ROOT = path.join(import.meta.dirname, '..', '..');
const E2E_DB = path.join(ROOT, 'data', 'e2e', 'onekind.db');

export type OwnServer = {
  url: string;
  port: number;
  database: string;
  output: () => string;
  stop: () => Promise<void>;
};

/** Starts `npm run serve` with `env` on E2E_PORT + offset and resolves once it answers. */
export async function startOwnServer(
  name: string,
  offset: number,
  env: Record<string, string> = {},
): Promise<OwnServer> {
  const port = E2E_PORT + offset;
  const dir = path.join(ROOT, 'data', 'e2e', 'servers', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const database = path.join(dir, 'onekind.db');
  const source = new Database(E2E_DB, { readonly: true });
  await source.backup(database);
  source.close();

  // Settings of the shared server must not leak in: an empty variable counts as unset.
  const child = spawn('npm', ['run', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${database}`,
      DATA_DIR: dir,
      PUBLIC_URL: '',
      TRUSTED_PROXIES: '',
      E2E_SERVER_TOKEN: '',
      SETUP_CODE: '',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = async () => {
    if (exited || !child.pid) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await gone;
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The ${name} server on port ${port} stopped:\n${output}`);
    // Answering, and saying it is ready: not some other program that holds the port.
    const up =
      /ready/i.test(output) &&
      (await fetch(`${url}/`).then(
        (r) => r.ok,
        () => false,
      ));
    if (up) return { url, port, database, output: () => output, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The ${name} server on port ${port} did not answer within 2 minutes:\n${output}`);
}
