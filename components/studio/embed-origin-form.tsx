'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { FormAlert } from '@/components/order/form-alert';
import { FormField } from '@/components/order/form-field';
import o from '@/components/order/order.module.css';
import { formText } from '@/components/staff/form-text';
import { allowEmbedOrigin, type EmbedOriginResult } from '@/lib/server/actions/embed-origins';
import s from './admin.module.css';

/** Allows one more site to embed the configurator. */
export function EmbedOriginForm() {
  const [result, setResult] = useState<EmbedOriginResult | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    startTransition(async () => {
      const outcome = await allowEmbedOrigin({ origin: formText(form)('origin') });
      setResult(outcome);
      if (outcome.ok) form.reset();
    });
  };
  const failed = result && !result.ok ? result : null;
  return (
    <div className={s.panel}>
      <form onSubmit={submit} noValidate aria-label="Allow a site">
        <div className={s.inline}>
          <FormField
            name="origin"
            label="Site address"
            placeholder="https://shop.example.com"
            autoComplete="off"
            required
            errors={failed?.fieldErrors?.origin}
          />
          <button type="submit" className={o.button} disabled={pending}>
            {pending ? 'Allowing…' : 'Allow this site'}
          </button>
        </div>
        <FormAlert message={failed && !failed.fieldErrors ? failed.error : undefined} />
      </form>
      {result?.ok && (
        <p className={s.success} role="status">
          {result.origin} may now embed your products.
        </p>
      )}
    </div>
  );
}
