import 'server-only';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

// Standard Webhooks signatures: HMAC-SHA256 over "<id>.<timestamp>.<body>" with the endpoint's
// secret. While a rotated-out secret is still valid, every attempt carries both signatures
// (space-separated "v1,…" entries), so a receiver that has not switched yet keeps verifying.

export type SigningSecrets = {
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
};

/** A new endpoint secret in the format the standardwebhooks libraries read ("whsec_" + base64). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** The three headers of one attempt of event `eventId`, signed at `at`. */
export function signedHeaders(
  secrets: SigningSecrets,
  eventId: string,
  at: Date,
  body: string,
): Record<string, string> {
  const keys = [secrets.secret];
  if (secrets.previousSecret && secrets.previousSecretExpiresAt && secrets.previousSecretExpiresAt > at)
    keys.push(secrets.previousSecret);
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': keys.map((key) => new Webhook(key).sign(eventId, at, body)).join(' '),
  };
}
