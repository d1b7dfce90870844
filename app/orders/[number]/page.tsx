import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrderDetails } from '@/components/order/order-details';
import { getOrder } from '@/lib/server/orders/get-order';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your order', referrer: 'no-referrer' };

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ t?: string }> };

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ number }, { t }] = await Promise.all([params, searchParams]);
  // The token comes with the confirmation and with a successful lookup; without it, nothing shows.
  const order = await getOrder(number, t ?? '');
  if (!order) notFound();
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/orders">Find an order</Link> / {order.number}
      </p>
      <OrderDetails order={order} />
    </>
  );
}
