import type { Metadata } from 'next';
import { MakerSignInForm } from '@/components/maker/sign-in-form';

export const metadata: Metadata = { title: 'Maker sign-in', robots: { index: false } };

export default function MakerSignInPage() {
  return (
    <>
      <h1>Maker sign-in</h1>
      <p className="lede">The production queue and its files are for the workshop. Enter the maker secret you were given.</p>
      <MakerSignInForm />
    </>
  );
}
