import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CheckoutForm } from '@/components/order/checkout-form';
import { COUNTRIES } from '@/lib/checkout/countries';
import { SHIPPING_METHODS } from '@/lib/checkout/shipping';
import { getCart } from '@/lib/server/cart';
import { currentCartId } from '@/lib/server/cart-cookie';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Checkout' };

const HOME_COUNTRY: Record<string, string> = { EUR: 'DE', GBP: 'GB', USD: 'US' };

export default async function CheckoutPage() {
  const cart = await getCart(await currentCartId());
  if (!cart.orderable || !cart.currency) {
    return (
      <>
        <h1>Checkout</h1>
        <p className="lede">{cart.items.length === 0 ? 'Your cart is empty.' : 'Some items in your cart cannot be ordered right now.'}</p>
        <Link className="button-link" href={cart.items.length === 0 ? '/' : '/cart'}>
          {cart.items.length === 0 ? 'Browse products' : 'Review your cart'}
        </Link>
      </>
    );
  }
  const currency = cart.currency;
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/cart">Cart</Link> / Checkout
      </p>
      <h1>Checkout</h1>
      <CheckoutForm
        // A new key for each visit to checkout: retries of this attempt make at most one order.
        idempotencyKey={randomUUID()}
        currency={currency}
        subtotalMinor={cart.subtotalMinor}
        lines={cart.items.map((i) => ({ designId: i.designId, quantity: i.quantity }))}
        items={cart.items.map((i) => ({ name: i.version?.template.name ?? i.designId, quantity: i.quantity, totalMinor: i.quote?.totalMinor ?? 0 }))}
        countries={COUNTRIES.map((c) => ({ code: c.code, name: c.name, postalExample: c.postalExample, regions: c.regions ?? null }))}
        defaultCountry={HOME_COUNTRY[currency] ?? 'DE'}
        methods={SHIPPING_METHODS.flatMap((m) => {
          const priceMinor = m.priceMinor[currency];
          return priceMinor === undefined ? [] : [{ id: m.id, label: m.label, description: m.description, priceMinor }];
        })}
      />
    </>
  );
}
