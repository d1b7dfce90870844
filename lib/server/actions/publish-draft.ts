'use server';
import { publishDraftSchema } from '../../studio/schemas';
import { actionUser } from '../auth/guard';
import { publishDraft as publish, type PublishDraftResult } from '../studio/drafts';
import { failed, invalid, SIGN_IN } from './studio-result';

/** Brand admin: publishes the saved draft as the template's next immutable version. */
export async function publishDraft(
  input: unknown,
): Promise<PublishDraftResult & { fieldErrors?: Record<string, string[]>; retryable?: boolean }> {
  const user = await actionUser(['admin']);
  if (!user) return SIGN_IN;
  const parsed = publishDraftSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    return await publish(parsed.data, user);
  } catch (error) {
    return failed('publishDraft', error);
  }
}
