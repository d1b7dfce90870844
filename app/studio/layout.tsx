import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import s from '@/components/studio/studio.module.css';

export const metadata: Metadata = {
  title: { default: 'Brand studio', template: '%s · Brand studio' },
  robots: { index: false },
};

// Every studio page checks the caller itself (requireRole): a layout is not re-run on every
// navigation, so it cannot guard the pages below it.
export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <nav aria-label="Studio" className={s.studioNav}>
        <strong>Brand studio</strong>
        <Link href="/studio/templates">Templates</Link>
        <Link href="/">View the shop</Link>
      </nav>
      {children}
    </>
  );
}
