import 'server-only';

// How orders take payment. The order code only sees this interface; each provider lives in
// its own file and is listed in payments/registry.ts. Providers must not block an order on a
// slow network: `authorize` runs before the order's transaction, `voidPayment` undoes it when
// the transaction does not commit.

export type PaymentRequest = { orderNumber: string; amountMinor: number; currency: string; email: string };

export type PaymentResult = {
  /** The provider's reference, shown to the shopper and the shop. */
  reference: string;
  /** "authorized" when money is secured now; "pending" when it comes later (invoice, pickup). */
  status: 'pending' | 'authorized';
  /** What the shopper must do to pay, in words. */
  note: string;
};

export interface PaymentProvider {
  id: string;
  label: string;
  authorize(request: PaymentRequest): Promise<PaymentResult>;
  /** Releases an authorization whose order was never written. */
  voidPayment(reference: string): Promise<void>;
}
