// Shipping methods and their prices, in the order's currency. Pure data, so the checkout form
// shows the same price the server charges.

export type ShippingMethodId = 'standard' | 'express' | 'pickup';

export type ShippingMethod = {
  id: ShippingMethodId;
  label: string;
  description: string;
  /** Price per currency in minor units; a currency not listed cannot use the method. */
  priceMinor: Record<string, number>;
};

export const SHIPPING_METHODS: ShippingMethod[] = [
  { id: 'standard', label: 'Standard delivery', description: '3–6 working days after production', priceMinor: { EUR: 490, GBP: 395, USD: 600 } },
  { id: 'express', label: 'Express delivery', description: '1–2 working days after production', priceMinor: { EUR: 1290, GBP: 995, USD: 1800 } },
  { id: 'pickup', label: 'Pick up from the maker', description: 'We e-mail you when it is ready', priceMinor: { EUR: 0, GBP: 0, USD: 0 } },
];

export const SHIPPING_METHOD_IDS = SHIPPING_METHODS.map((m) => m.id) as [ShippingMethodId, ...ShippingMethodId[]];

/** The price of a shipping method in a currency, or null when it does not ship in that currency. */
export function shippingPriceMinor(methodId: string, currency: string): number | null {
  return SHIPPING_METHODS.find((m) => m.id === methodId)?.priceMinor[currency] ?? null;
}
