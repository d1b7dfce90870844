'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { formatMoney } from '@/lib/money';
import { placeOrder } from '@/lib/server/actions/place-order';
import { AddressFields, type CountryChoice } from './address-fields';
import { CheckoutSummary, type SummaryItem } from './checkout-summary';
import { FormField } from './form-field';
import s from './order.module.css';
import { FormAlert } from './form-alert';

export type ShippingChoice = { id: string; label: string; description: string; priceMinor: number };

type Props = {
  idempotencyKey: string;
  currency: string;
  subtotalMinor: number;
  lines: Array<{ designId: string; quantity: number }>;
  items: SummaryItem[];
  countries: CountryChoice[];
  defaultCountry: string;
  methods: ShippingChoice[];
};

type Errors = Record<string, string[] | undefined>;

/** The form's fields as the place-order payload (lib/checkout/schema.ts); the server checks all of it. */
function payload(form: HTMLFormElement) {
  const f = new FormData(form);
  const get = (name: string) => {
    const value = f.get(name);
    return typeof value === 'string' ? value : '';
  };
  let lines: unknown = null;
  try {
    lines = JSON.parse(get('lines'));
  } catch {
    // left null: the server answers with a clear error
  }
  return {
    idempotencyKey: get('idempotencyKey'),
    email: get('email'),
    address: {
      name: get('name'),
      line1: get('line1'),
      line2: get('line2'),
      city: get('city'),
      postalCode: get('postalCode'),
      region: get('region'),
      country: get('country'),
    },
    shippingMethod: get('shippingMethod'),
    lines,
    expectedTotalMinor: Number(get('expectedTotalMinor')),
  };
}

/** Contact, address, shipping and the final summary; "Place order" sends it all to the server. */
export function CheckoutForm({
  idempotencyKey,
  currency,
  subtotalMinor,
  lines,
  items,
  countries,
  defaultCountry,
  methods,
}: Props) {
  const [method, setMethod] = useState(methods[0]?.id ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const shipping = methods.find((m) => m.id === method);
  const total = subtotalMinor + (shipping?.priceMinor ?? 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = payload(event.currentTarget);
    startTransition(async () => {
      const result = await placeOrder(input);
      if (result.ok) return router.push(`/orders/${result.number}?t=${result.viewToken}`);
      setFormError(result.error);
      setErrors(result.fieldErrors ?? {});
      // Show the server's current cart and prices for review (the message stays on screen).
      if (result.code === 'price-changed' || result.code === 'cart-changed') router.refresh();
    });
  };

  return (
    <form className={s.checkout} onSubmit={submit} noValidate aria-label="Checkout">
      <div className={s.form}>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <input type="hidden" name="lines" value={JSON.stringify(lines)} />
        <input type="hidden" name="expectedTotalMinor" value={total} />
        <fieldset className={s.fieldset}>
          <legend>Contact</legend>
          <FormField name="email" label="E-mail" type="email" autoComplete="email" errors={errors.email} />
        </fieldset>
        <AddressFields countries={countries} defaultCountry={defaultCountry} errors={errors} />
        <fieldset className={s.fieldset}>
          <legend>Delivery</legend>
          {methods.map((m) => (
            <label key={m.id}>
              <input
                type="radio"
                name="shippingMethod"
                value={m.id}
                checked={method === m.id}
                onChange={() => setMethod(m.id)}
              />{' '}
              {m.label}, {formatMoney(m.priceMinor, currency)}{' '}
              <span className="muted">({m.description})</span>
            </label>
          ))}
          {errors.shippingMethod && <p className={s.fieldError}>{errors.shippingMethod.join(' ')}</p>}
        </fieldset>
        <p className="muted">Payment: pay by invoice or when you pick the order up. You pay nothing now.</p>
      </div>
      <div>
        <CheckoutSummary
          items={items}
          currency={currency}
          shippingLabel={shipping?.label ?? 'Delivery'}
          shippingMinor={shipping?.priceMinor ?? 0}
          totalMinor={total}
        />
        <FormAlert message={formError} />
        <button type="submit" className={s.button} disabled={pending}>
          {pending ? 'Placing order…' : 'Place order'}
        </button>
      </div>
    </form>
  );
}
