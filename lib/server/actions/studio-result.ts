import 'server-only';
import { z } from 'zod';
import { ACTION_REFUSED } from '../auth/guard';
import { logger } from '../ops/logger';

// What every studio action answers when it cannot go ahead, in one place.

/** The caller is signed out or not a brand admin: the same answer as every staff action. */
export const SIGN_IN = ACTION_REFUSED;

/** The zod error of a payload as a form-level message and messages per field. */
export function invalid(error: z.ZodError, message = 'Check the highlighted fields.') {
  return {
    ok: false as const,
    error: message,
    fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>,
  };
}

/** An unexpected failure: logged in full, answered with nothing internal. */
export function failed(what: string, error: unknown) {
  logger().error({ err: error }, `${what} failed`);
  return {
    ok: false as const,
    error: 'Something went wrong on our side. Your work is kept here; try again in a moment.',
    retryable: true,
  };
}
