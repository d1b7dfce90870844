'use client';
import Link from 'next/link';
import { useId, useState, useTransition } from 'react';
import { addToCart } from '@/lib/server/actions/add-to-cart';
import s from './order.module.css';
import { FormAlert } from './form-alert';

type Added = { ok: true; count: number } | { ok: false; error: string } | null;

/** Puts a saved design in the cart with a quantity. */
export function AddSavedToCart({ designId }: { designId: string }) {
  const [quantity, setQuantity] = useState('1');
  const [added, setAdded] = useState<Added>(null);
  const [pending, startTransition] = useTransition();
  const id = useId();
  return (
    <form
      className={s.controls}
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await addToCart({ designId, quantity: Number(quantity) });
          setAdded(result.ok ? { ok: true, count: result.count } : { ok: false, error: result.error });
        });
      }}
    >
      <div className={s.field}>
        <label htmlFor={id}>Quantity</label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          step={1}
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
        />
      </div>
      <button type="submit" className={s.button} disabled={pending}>
        {pending ? 'Adding…' : 'Add to cart'}
      </button>
      {added?.ok && (
        <p role="status">
          Added to your cart.{' '}
          <Link href="/cart">
            View cart ({added.count} {added.count === 1 ? 'item' : 'items'})
          </Link>
        </p>
      )}
      <FormAlert message={added?.ok === false ? added.error : null} />
    </form>
  );
}
