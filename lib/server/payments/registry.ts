import 'server-only';
import { invoiceProvider } from './invoice';
import type { PaymentProvider } from './provider';

// Adding a provider: write it next to invoice.ts and list it here. The order code is untouched.
const PROVIDERS: PaymentProvider[] = [invoiceProvider];

/** The provider with this id, or the default (pay by invoice) when none is asked for. */
export function paymentProvider(id = 'invoice'): PaymentProvider {
  const provider = PROVIDERS.find((p) => p.id === id);
  if (!provider) throw new Error(`Unknown payment provider "${id}"`);
  return provider;
}
