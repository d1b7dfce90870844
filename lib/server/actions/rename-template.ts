'use server';
import { renameTemplateSchema } from '../../studio/schemas';
import { actionUser } from '../auth/guard';
import { renameTemplate as rename, type StudioResult } from '../studio/studio-templates';
import { failed, invalid, SIGN_IN } from './studio-result';

/** Brand admin: moves a never-published template to another web address. */
export async function renameTemplate(
  input: unknown,
): Promise<StudioResult<{ slug: string; revision: number }>> {
  const user = await actionUser(['admin']);
  if (!user) return SIGN_IN;
  const parsed = renameTemplateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    return await rename(parsed.data, user);
  } catch (error) {
    return failed('renameTemplate', error);
  }
}
