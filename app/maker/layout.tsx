import { StaffBar } from '@/components/staff/staff-bar';

// Each page checks the role itself (requireRole); the layout only adds the staff navigation.
export default function MakerLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <StaffBar />
      {children}
    </>
  );
}
