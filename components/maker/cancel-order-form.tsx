'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { FormAlert } from '@/components/order/form-alert';
import { FormField } from '@/components/order/form-field';
import s from '@/components/order/order.module.css';
import { cancelOrder, type StatusChangeResult } from '@/lib/server/actions/change-order-status';
import { CANCEL_REASON_MAX } from '@/lib/orders/maker-schema';

/** The studio's way to cancel an order that is not in production yet: the reason is required and shown to makers. */
export function CancelOrderForm({ number }: { number: string }) {
  const [result, setResult] = useState<StatusChangeResult | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = new FormData(event.currentTarget).get('reason');
    startTransition(async () => {
      const outcome = await cancelOrder({ number, reason: typeof reason === 'string' ? reason : '' });
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  };
  const errors = result && !result.ok ? result : null;
  return (
    <form className={s.form} onSubmit={submit} noValidate aria-label="Cancel order">
      <FormField
        name="reason"
        label="Reason for cancelling"
        hint="Makers see it on the order. The shopper is not told by this form."
        maxLength={CANCEL_REASON_MAX}
        errors={errors?.fieldErrors?.reason}
      />
      <div>
        <button type="submit" className={s.secondary} disabled={pending}>
          Cancel this order
        </button>
      </div>
      <FormAlert message={errors?.error} />
    </form>
  );
}
