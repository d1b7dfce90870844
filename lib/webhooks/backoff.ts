// When a failed delivery is tried again: exponential backoff (30 s, 1 min, 2 min, … at most an
// hour apart) for 24 hours after the event, then the delivery is given up as failed.

export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
const FIRST_RETRY_MS = 30_000;
const MAX_GAP_MS = 60 * 60 * 1000;

/** The pause after the `attempts`-th failed attempt (1 for the first). */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_GAP_MS);
}

/** The next attempt's time after a failure, or null when the 24 hours are over (give up). */
export function nextAttemptAt(createdAt: Date, attempts: number, now: Date): Date | null {
  const next = new Date(now.getTime() + retryDelayMs(attempts));
  return next.getTime() - createdAt.getTime() > RETRY_WINDOW_MS ? null : next;
}
