import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProductionOrder } from '@/components/maker/production-order';
import { MAKER_AREA } from '@/lib/auth/roles';
import { requireRole } from '@/lib/server/auth/guard';
import { getOrderForMaker } from '@/lib/server/orders/get-order';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Order for production', robots: { index: false } };

type Props = { params: Promise<{ number: string }> };

export default async function MakerOrderPage({ params }: Props) {
  const { number } = await params;
  await requireRole(MAKER_AREA, `/maker/orders/${number}`);
  const order = await getOrderForMaker(number);
  if (!order) notFound();
  return <ProductionOrder order={order} back={{ href: '/maker', label: 'Production queue' }} />;
}
