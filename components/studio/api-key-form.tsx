'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { FormAlert } from '@/components/order/form-alert';
import { FormField } from '@/components/order/form-field';
import o from '@/components/order/order.module.css';
import { API_SCOPES, SCOPE_LABELS } from '@/lib/api/scopes';
import { createApiKeyAction, type CreateApiKeyResult } from '@/lib/server/actions/create-api-key';
import { ChoiceList, checked } from './choice-list';
import { CopyLink } from './copy-link';
import s from './admin.module.css';

/** Makes an API key and shows it once, to copy into the store that will use it. */
export function ApiKeyForm() {
  const [result, setResult] = useState<CreateApiKeyResult | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = new FormData(form).get('name');
    startTransition(async () => {
      const outcome = await createApiKeyAction({
        name: typeof name === 'string' ? name : '',
        scopes: checked(form, 'scopes'),
      });
      setResult(outcome);
      if (outcome.ok) form.reset();
    });
  };

  const failed = result && !result.ok ? result : null;
  return (
    <div className={s.panel}>
      <form onSubmit={submit} noValidate aria-label="New API key">
        <FormField
          name="name"
          label="Name"
          hint="Where the key is used, e.g. “Shopify store”."
          autoComplete="off"
          required
          errors={failed?.fieldErrors?.name}
        />
        <ChoiceList
          name="scopes"
          legend="What the key may do"
          choices={API_SCOPES.map((value) => ({ value, label: SCOPE_LABELS[value] }))}
          errors={failed?.fieldErrors?.scopes}
        />
        <p>
          <button type="submit" className={o.button} disabled={pending}>
            {pending ? 'Creating…' : 'Create key'}
          </button>
        </p>
        <FormAlert message={failed?.error} />
      </form>
      {result?.ok && (
        <div className={s.success} role="status">
          <p>
            Key <strong>{result.name}</strong> created. Copy it now: it is shown only this once, and Onekind
            keeps only a fingerprint of it.
          </p>
          <CopyLink url={result.key} label={`API key ${result.name}`} copyLabel="Copy key" />
        </div>
      )}
    </div>
  );
}
