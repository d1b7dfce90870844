'use server';
import { redirect } from 'next/navigation';
import { endMakerSession } from '../maker/session';

/** Signs the maker out and returns to the sign-in form. */
export async function makerSignOut(): Promise<void> {
  await endMakerSession();
  redirect('/maker/sign-in');
}
