import 'server-only';

// Graceful shutdown: the custom server (scripts/server/app-server.ts) stops accepting
// connections on SIGTERM, lets in-flight requests finish, then runs the hooks registered here
// (an in-process job worker finishing its current job, say), then exits. On globalThis, so the
// server script's copy of this module and Next.js's bundled copies share one registry.

type Hook = { name: string; run: () => unknown };
type State = { hooks: Hook[]; shuttingDown: boolean };

const KEY = Symbol.for('onekind.shutdown');
const state = (): State =>
  ((globalThis as Record<symbol, State | undefined>)[KEY] ??= { hooks: [], shuttingDown: false });

/** Runs `fn` when the process shuts down gracefully, after its HTTP requests finished. Returns a function that unregisters it. */
export function onShutdown(fn: () => unknown, name = fn.name || 'shutdown hook'): () => void {
  const hook = { name, run: fn };
  state().hooks.push(hook);
  return () => {
    state().hooks = state().hooks.filter((h) => h !== hook);
  };
}

/** True once shutdown began: readiness fails, so a load balancer stops sending requests. */
export function isShuttingDown(): boolean {
  return state().shuttingDown;
}

export function markShuttingDown(): void {
  state().shuttingDown = true;
}

/**
 * Runs every hook, the last registered first (what started last stops first), each given at
 * most `timeoutMs`. A hook that fails or overruns is reported to `report` and the next runs.
 */
export async function runShutdownHooks(
  timeoutMs: number,
  report: (name: string, error: unknown) => void,
): Promise<void> {
  for (const hook of [...state().hooks].reverse()) {
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([Promise.resolve().then(hook.run), overrun]);
    } catch (error) {
      report(hook.name, error);
    } finally {
      clearTimeout(timer);
    }
  }
}
