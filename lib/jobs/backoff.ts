// How long a failed job waits before its next attempt: doubling from 2 s, at most an hour.

/** Milliseconds to wait after `attempts` failed attempts (1 -> 2 s, 2 -> 4 s, ... capped at 1 h). */
export function backoffMs(attempts: number): number {
  return Math.min(2 ** Math.max(1, attempts), 3600) * 1000;
}
