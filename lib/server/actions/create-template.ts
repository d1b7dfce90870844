'use server';
import { newTemplateSchema } from '../../studio/schemas';
import { actionUser } from '../auth/guard';
import { createTemplate as create, type StudioResult } from '../studio/studio-templates';
import { failed, invalid, SIGN_IN } from './studio-result';

/** Brand admin: a new, unpublished template of a product kind, from its starter. */
export async function createTemplate(input: unknown): Promise<StudioResult<{ slug: string }>> {
  const user = await actionUser(['admin']);
  if (!user) return SIGN_IN;
  const parsed = newTemplateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  try {
    return await create(parsed.data, user);
  } catch (error) {
    return failed('createTemplate', error);
  }
}
