'use server';
import { z } from 'zod';
import { makerSignInSchema } from '../../orders/maker-schema';
import { readEnv } from '../env';
import { isMakerSecret, startMakerSession } from '../maker/session';
import { clientAddress } from '../orders/order-rate-limit';
import { allowMakerSignIn } from '../maker/sign-in-rate-limit';

export type MakerSignInResult = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Signs a maker in with the configured secret. Public endpoint: rate-limited per client. */
export async function makerSignIn(input: unknown): Promise<MakerSignInResult> {
  const parsed = makerSignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Enter the maker secret.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  if (!readEnv().makerSecret) return { ok: false, error: 'The maker area is not set up on this shop (MAKER_SECRET is not configured).' };
  if (!allowMakerSignIn(await clientAddress())) return { ok: false, error: 'Too many attempts. Wait a minute and try again.' };
  if (!isMakerSecret(parsed.data.secret)) return { ok: false, error: 'That is not the maker secret.' };
  await startMakerSession();
  return { ok: true };
}
