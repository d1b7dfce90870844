import type { Metadata } from 'next';
import Link from 'next/link';
import { CartItem } from '@/components/order/cart-item';
import { formatMoney } from '@/lib/money';
import { getCart } from '@/lib/server/cart';
import { currentCartId } from '@/lib/server/cart-cookie';
import s from '@/components/order/order.module.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your cart' };

export default async function CartPage() {
  const cart = await getCart(await currentCartId());
  if (cart.items.length === 0) {
    return (
      <>
        <h1>Your cart</h1>
        <p className="lede">Your cart is empty.</p>
        <Link className="button-link" href="/">
          Browse products
        </Link>
      </>
    );
  }
  const count = cart.items.reduce((n, i) => n + i.quantity, 0);
  return (
    <>
      <h1>Your cart</h1>
      <p className="muted">
        {count} {count === 1 ? 'item' : 'items'}, priced now by the shop
      </p>
      <ul className={s.items} aria-label="Cart items">
        {cart.items.map((item) => (
          <CartItem key={item.itemId} item={item} />
        ))}
      </ul>
      <p className="price-tag">
        Subtotal{' '}
        <output aria-label="Cart subtotal">
          {cart.currency ? formatMoney(cart.subtotalMinor, cart.currency) : '—'}
        </output>
      </p>
      {cart.orderable ? (
        <Link className="button-link" href="/checkout">
          Check out
        </Link>
      ) : (
        <p className={s.alert} role="status">
          Remove or fix the items marked above to check out.
        </p>
      )}
    </>
  );
}
