import 'server-only';
import { formatMoney } from '../../money';
import type { PaymentProvider } from './provider';

/** Pay by invoice or on pickup: needs no outside service, so orders always work. */
export const invoiceProvider: PaymentProvider = {
  id: 'invoice',
  label: 'Pay by invoice or on pickup',
  authorize({ orderNumber, amountMinor, currency }) {
    return Promise.resolve({
      reference: `INV-${orderNumber.replace(/^OK-/, '')}`,
      status: 'pending',
      note: `Pay ${formatMoney(amountMinor, currency)} by bank transfer within 14 days, quoting ${orderNumber}, or when you pick the order up.`,
    });
  },
  // Nothing was reserved, so there is nothing to release.
  voidPayment: () => Promise.resolve(),
};
