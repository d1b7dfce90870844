import 'server-only';
import { pino, type Logger } from 'pino';
import { readEnv } from '../env';

// Structured logs: one JSON object a line on stdout (pino), for whatever collects them. The
// custom server logs each request with its request id; other server code logs through
// logger() with the fields that matter (`logger().error({ err, orderId }, 'message')`).

const KEY = Symbol.for('onekind.logger');

/** The process's logger (LOG_LEVEL, info by default). */
export function logger(): Logger {
  const global = globalThis as Record<symbol, Logger | undefined>;
  return (global[KEY] ??= pino({
    level: readEnv().logLevel,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  }));
}

/** Replaces the process's logger (tests). */
export function setLogger(next: Logger | undefined): void {
  (globalThis as Record<symbol, Logger | undefined>)[KEY] = next;
}
