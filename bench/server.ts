// Starts the production server on a private port with its own database, for benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export type BenchServer = {
  url: string;
  /** The process group's id (npm's pid). */ pid: number;
  stop: () => void;
  /** SIGKILL to the whole process group: a crash, not a shutdown. */ kill: () => void;
};

export type ServerOptions = {
  databaseUrl?: string;
  /** Keep the data dir of an earlier run (a restart after a crash). */ keepData?: boolean;
  env?: Record<string, string>;
  /** `start` (migrate, seed, build if stale, serve; the default) or `serve` (serve only, data kept). */
  script?: 'start' | 'serve';
  /** The checkout to serve (another worktree, for side-by-side runs); this one by default. */
  cwd?: string;
};

/** Runs `npm start` (or `npm run serve`) and resolves once it answers. */
export async function startServer(
  port: number,
  dataDir: string,
  options: ServerOptions | string = {},
): Promise<BenchServer> {
  const {
    databaseUrl = `file:${dataDir}/onekind.db`,
    keepData = false,
    env = {},
    script = 'start',
    cwd,
  } = typeof options === 'string' ? { databaseUrl: options } : options;
  if (!keepData && script === 'start') fs.rmSync(dataDir, { recursive: true, force: true });
  const child: ChildProcess = spawn('npm', ['run', script], {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const signal = (name: NodeJS.Signals) => () => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  const stop = signal('SIGTERM');
  const kill = signal('SIGKILL');
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return { url, pid: child.pid!, stop, kill };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`server on ${url} did not start within 5 minutes`);
}
