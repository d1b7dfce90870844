'use server';
import { saveDesign as save, type SaveDesignResult } from '../design-saving';
import { logger } from '../ops/logger';

/** Saves a shopper's design and returns its share link. Public endpoint: input is untrusted. */
export async function saveDesign(input: unknown): Promise<SaveDesignResult> {
  try {
    return await save(input);
  } catch (error) {
    logger().error({ err: error }, 'saveDesign failed');
    return { ok: false, error: 'Something went wrong while saving. Please try again.' };
  }
}
