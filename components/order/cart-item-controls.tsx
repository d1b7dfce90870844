'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { removeCartItem } from '@/lib/server/actions/remove-cart-item';
import { updateCartItem } from '@/lib/server/actions/update-cart-item';
import s from './order.module.css';

/** Quantity and removal for one cart item; the server re-prices the cart after each change. */
export function CartItemControls({ itemId, quantity, name }: { itemId: string; quantity: number; name: string }) {
  const [value, setValue] = useState(String(quantity));
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const id = useId();

  const run = (action: () => Promise<{ ok: true } | { ok: false; error: string }>) =>
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : result.error);
      if (result.ok) router.refresh();
    });

  return (
    <form
      className={s.controls}
      onSubmit={(e) => {
        e.preventDefault();
        run(() => updateCartItem({ itemId, quantity: Number(value) }));
      }}
    >
      <div className={s.field}>
        <label htmlFor={id}>Quantity of {name}</label>
        <input id={id} type="number" inputMode="numeric" min={1} max={10000} step={1} value={value} onChange={(e) => setValue(e.target.value)} />
      </div>
      <button type="submit" className={s.secondary} disabled={pending}>
        Update
      </button>
      <button type="button" className={s.secondary} disabled={pending} onClick={() => run(() => removeCartItem({ itemId }))}>
        Remove {name}
      </button>
      {error && (
        <p className={s.fieldError} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
