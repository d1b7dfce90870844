'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { FormAlert } from '@/components/order/form-alert';
import { FormField } from '@/components/order/form-field';
import o from '@/components/order/order.module.css';
import { EVENT_LABELS, WEBHOOK_EVENTS } from '@/lib/webhooks/events';
import {
  createWebhookEndpoint,
  type CreateEndpointResult,
} from '@/lib/server/actions/create-webhook-endpoint';
import { ChoiceList, checked } from './choice-list';
import s from './admin.module.css';

/** Registers an endpoint and opens its page (secret, deliveries). */
export function WebhookEndpointForm() {
  const [result, setResult] = useState<CreateEndpointResult | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    startTransition(async () => {
      const outcome = await createWebhookEndpoint({
        url: text('url'),
        description: text('description'),
        events: checked(form, 'events'),
      });
      setResult(outcome);
      if (outcome.ok) router.push(`/studio/webhooks/${outcome.id}`);
    });
  };

  const failed = result && !result.ok ? result : null;
  return (
    <div className={s.panel}>
      <form onSubmit={submit} noValidate aria-label="New endpoint">
        <FormField
          name="url"
          label="Endpoint URL"
          type="url"
          placeholder="https://shop.example.com/onekind-webhooks"
          autoComplete="off"
          required
          errors={failed?.fieldErrors?.url}
        />
        <FormField
          name="description"
          label="Description (optional)"
          autoComplete="off"
          errors={failed?.fieldErrors?.description}
        />
        <ChoiceList
          name="events"
          legend="Events to send"
          choices={WEBHOOK_EVENTS.map((value) => ({ value, label: EVENT_LABELS[value] }))}
          errors={failed?.fieldErrors?.events}
        />
        <p>
          <button type="submit" className={o.button} disabled={pending}>
            {pending ? 'Adding…' : 'Add endpoint'}
          </button>
        </p>
        <FormAlert message={failed?.error} />
      </form>
    </div>
  );
}
