import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { StaffBar } from '@/components/staff/staff-bar';

export const metadata: Metadata = {
  title: { default: 'Brand studio', template: '%s · Brand studio' },
  robots: { index: false },
};

// Every studio page checks the caller itself (requireRole): a layout is not re-run on every
// navigation, so it cannot guard the pages below it. The layout only adds the staff navigation.
export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <StaffBar />
      {children}
    </>
  );
}
