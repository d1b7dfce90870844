'use server';
import { deleteTemplateSchema } from '../../studio/schemas';
import { actionUser } from '../auth/guard';
import { deleteUnpublished, type StudioResult } from '../studio/studio-templates';
import { failed, invalid, SIGN_IN } from './studio-result';

/** Brand admin: deletes a template that was never published (published ones are archived). */
export async function deleteTemplate(input: unknown): Promise<StudioResult<{ deleted: true }>> {
  const user = await actionUser(['admin']);
  if (!user) return SIGN_IN;
  const parsed = deleteTemplateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    return await deleteUnpublished(parsed.data.slug);
  } catch (error) {
    return failed('deleteTemplate', error);
  }
}
