'use server';
import { saveDraftSchema } from '../../studio/schemas';
import { actionUser } from '../auth/guard';
import { saveDraft as save, type SaveDraftResult } from '../studio/drafts';
import { failed, invalid, SIGN_IN } from './studio-result';

/** Brand admin: autosaves a template draft (valid or not) on top of the revision it was based on. */
export async function saveDraft(
  input: unknown,
): Promise<SaveDraftResult & { fieldErrors?: Record<string, string[]>; retryable?: boolean }> {
  const user = await actionUser(['admin']);
  if (!user) return SIGN_IN;
  const parsed = saveDraftSchema.safeParse(input);
  if (!parsed.success)
    return invalid(parsed.error, parsed.error.issues[0]?.message ?? 'The draft could not be read.');
  try {
    return await save(parsed.data, user);
  } catch (error) {
    return failed('saveDraft', error);
  }
}
