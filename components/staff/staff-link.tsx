'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** A staff navigation link, marked as the current page on it and (except area homes) below it. */
export function StaffLink({ href, exact = false, className, children }: { href: string; exact?: boolean; className?: string; children: ReactNode }) {
  const path = usePathname();
  const current = path === href || (!exact && path.startsWith(`${href}/`));
  return (
    <Link href={href} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
