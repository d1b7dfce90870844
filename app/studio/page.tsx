import { redirect } from 'next/navigation';
import { requireRole } from '@/lib/server/auth/guard';

export const dynamic = 'force-dynamic';

export default async function StudioHome() {
  await requireRole(['admin'], '/studio');
  redirect('/studio/templates');
}
