import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProductionOrder } from '@/components/maker/production-order';
import { OrderFacts } from '@/components/studio/order-facts';
import { STUDIO } from '@/lib/auth/roles';
import { requireRole } from '@/lib/server/auth/guard';
import { getOrderForMaker } from '@/lib/server/orders/get-order';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Order', robots: { index: false } };

type Props = { params: Promise<{ number: string }> };

// The maker's order page, reached from the studio's orders, with the shopper and payment facts.
export default async function StudioOrderPage({ params }: Props) {
  const { number } = await params;
  await requireRole(STUDIO, `/studio/orders/${number}`);
  const order = await getOrderForMaker(number);
  if (!order) notFound();
  return (
    <ProductionOrder order={order} back={{ href: '/studio/orders', label: 'Orders' }}>
      <OrderFacts order={order} />
    </ProductionOrder>
  );
}
