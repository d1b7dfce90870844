// Starts the production server on a private port with its own database, for benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export type BenchServer = { url: string; stop: () => void };

/** Runs `npm start` (migrate, seed, build if stale, serve) and resolves once it answers. */
export async function startServer(port: number, dataDir: string, databaseUrl = `file:${dataDir}/onekind.db`): Promise<BenchServer> {
  fs.rmSync(dataDir, { recursive: true, force: true });
  const child: ChildProcess = spawn('npm', ['start'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`server on ${url} did not start within 5 minutes`);
}
