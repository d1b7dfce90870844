import type { Metadata } from 'next';
import { FindOrderForm } from '@/components/order/find-order-form';

export const metadata: Metadata = { title: 'Find an order' };

export default function FindOrderPage() {
  return (
    <>
      <h1>Find an order</h1>
      <p className="lede">Enter the order number from your confirmation e-mail and the e-mail address you ordered with.</p>
      <FindOrderForm />
    </>
  );
}
