import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CancelOrderForm } from '@/components/maker/cancel-order-form';
import { ProductionOrder } from '@/components/maker/production-order';
import { OrderFacts } from '@/components/studio/order-facts';
import { STUDIO } from '@/lib/auth/roles';
import { canTransition } from '@/lib/orders/status';
import { requireRole } from '@/lib/server/auth/guard';
import { getOrderForMaker } from '@/lib/server/orders/get-order';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Order', robots: { index: false } };

type Props = { params: Promise<{ number: string }> };

// The maker's order page, reached from the studio's orders, with the shopper and payment facts,
// and (while the status rules allow it) the way to cancel the order.
export default async function StudioOrderPage({ params }: Props) {
  const { number } = await params;
  await requireRole(STUDIO, `/studio/orders/${number}`);
  const order = await getOrderForMaker(number);
  if (!order) notFound();
  return (
    <ProductionOrder
      order={order}
      back={{ href: '/studio/orders', label: 'Orders' }}
      actions={canTransition(order.status, 'cancelled') && <CancelOrderForm number={order.number} />}
    >
      <OrderFacts order={order} />
    </ProductionOrder>
  );
}
