import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: { default: 'Brand studio', template: '%s · Brand studio' }, robots: { index: false } };

// Every studio page checks the caller itself (requireRole): a layout is not re-run on every
// navigation, so it cannot guard the pages below it.
export default function StudioLayout({ children }: { children: ReactNode }) {
  return <div data-area="studio">{children}</div>;
}
