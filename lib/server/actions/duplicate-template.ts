'use server';
import { duplicateTemplateSchema } from '../../studio/schemas';
import { actionUser } from '../auth/guard';
import { duplicateTemplate as duplicate, type StudioResult } from '../studio/studio-templates';
import { failed, invalid, SIGN_IN } from './studio-result';

/** Brand admin: a new, unpublished copy of a template under another name and address. */
export async function duplicateTemplate(input: unknown): Promise<StudioResult<{ slug: string }>> {
  const user = await actionUser(['admin']);
  if (!user) return SIGN_IN;
  const parsed = duplicateTemplateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    return await duplicate(parsed.data, user);
  } catch (error) {
    return failed('duplicateTemplate', error);
  }
}
