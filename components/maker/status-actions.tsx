'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import {
  markShipped,
  startProduction,
  type StatusChangeResult,
} from '@/lib/server/actions/change-order-status';
import type { OrderStatus } from '@/lib/orders/status';
import { FormField } from '@/components/order/form-field';
import s from '@/components/order/order.module.css';
import { FormAlert } from '@/components/order/form-alert';

/** The next step for an order: start production, or mark it shipped with a tracking reference. */
export function StatusActions({ number, status }: { number: string; status: OrderStatus }) {
  const [result, setResult] = useState<StatusChangeResult | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const run = (action: () => Promise<StatusChangeResult>) =>
    startTransition(async () => {
      const outcome = await action();
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });

  const ship = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const tracking = new FormData(event.currentTarget).get('trackingReference');
    run(() => markShipped({ number, trackingReference: typeof tracking === 'string' ? tracking : '' }));
  };

  const errors = result && !result.ok ? result : null;
  return (
    <section aria-label="Order status">
      {status === 'placed' && (
        <button
          type="button"
          className={s.button}
          disabled={pending}
          onClick={() => run(() => startProduction({ number }))}
        >
          Start production
        </button>
      )}
      {status === 'in_production' && (
        <form className={s.form} onSubmit={ship} noValidate aria-label="Mark shipped">
          <FormField
            name="trackingReference"
            label="Tracking reference"
            errors={errors?.fieldErrors?.trackingReference}
          />
          <div>
            <button type="submit" className={s.button} disabled={pending}>
              Mark shipped
            </button>
          </div>
        </form>
      )}
      <FormAlert message={errors?.error} />
    </section>
  );
}
