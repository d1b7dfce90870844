// The events a brand's endpoints can subscribe to, and the studio's endpoint form. Payloads
// follow Standard Webhooks: { type, timestamp, data }, signed over id, timestamp and body.
import { z } from 'zod';

export const WEBHOOK_EVENTS = [
  'order.created',
  'order.status_changed',
  'design.saved',
  'production.ready',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const EVENT_LABELS: Record<WebhookEvent, string> = {
  'order.created': 'An order is placed (in the shop or through the API)',
  'order.status_changed': 'An order moves: in production, shipped or cancelled',
  'design.saved': 'A design is saved (configurator, embed or API)',
  'production.ready': 'An order’s production files are rendered',
};

/** Events as stored ("order.created,production.ready"), unknown ones dropped. */
export function parseEvents(stored: string): WebhookEvent[] {
  return WEBHOOK_EVENTS.filter((event) => stored.split(',').includes(event));
}

/** An endpoint address: http or https only, with a host, at most 2000 characters, no credentials. */
export const endpointUrlSchema = z
  .string({ error: 'Enter the address that receives the events.' })
  .trim()
  .min(1, { error: 'Enter the address that receives the events.' })
  .max(2000, { error: 'Keep the address under 2000 characters.' })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { error: 'Enter an http:// or https:// address, like https://shop.example.com/onekind-webhooks.' },
  )
  .refine((value) => URL.canParse(value) && !new URL(value).username && !new URL(value).password, {
    error: 'Leave user names and passwords out of the address; verify the signature instead.',
  });

export const createEndpointSchema = z.object({
  url: endpointUrlSchema,
  description: z
    .string()
    .trim()
    .max(200, { error: 'Keep the description under 200 characters.' })
    .default(''),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, { error: 'Choose events from the list.' }))
    .min(1, { error: 'Choose at least one event.' }),
});
export type CreateEndpointInput = z.infer<typeof createEndpointSchema>;

/** The body every attempt of a delivery sends (Standard Webhooks' recommended shape). */
export type WebhookPayload = { type: WebhookEvent; timestamp: string; data: Record<string, unknown> };
