'use server';
import { archiveTemplateSchema } from '../../studio/schemas';
import { actionUser } from '../auth/guard';
import { setArchived, type StudioResult } from '../studio/studio-templates';
import { failed, invalid, SIGN_IN } from './studio-result';

/** Brand admin: hides a template from the catalogue (archived: true) or shows it again. */
export async function archiveTemplate(input: unknown): Promise<StudioResult<{ archived: boolean }>> {
  const user = await actionUser(['admin']);
  if (!user) return SIGN_IN;
  const parsed = archiveTemplateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    return await setArchived(parsed.data.slug, parsed.data.archived);
  } catch (error) {
    return failed('archiveTemplate', error);
  }
}
