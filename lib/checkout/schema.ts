// The checkout payload: one zod schema for the form (its field names) and the server (which
// parses every submission with it). Messages are written for the shopper, next to the field.
import { z } from 'zod';
import { MAX_QUANTITY } from '../pricing/quote';
import { COUNTRIES, findCountry } from './countries';
import { SHIPPING_METHOD_IDS } from './shipping';

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, { error: `Enter ${label}.` })
    .max(max, { error: `Keep ${label} under ${max} characters.` })
    // Control characters have no place in an address label and would break the printed slip.
    .refine((v) => !/\p{Cc}/u.test(v), { error: `Remove unusual characters from ${label}.` });

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep ${label} under ${max} characters.` })
    .refine((v) => !/\p{Cc}/u.test(v), { error: `Remove unusual characters from ${label}.` })
    .optional()
    .transform((v) => v || undefined);

export const addressSchema = z
  .object({
    name: text('your full name', 100),
    line1: text('the street and number', 120),
    line2: optionalText('the second address line', 120),
    city: text('the town or city', 80),
    postalCode: z.string({ error: 'Enter the postal code.' }).trim().toUpperCase().max(12, { error: 'Enter the postal code.' }),
    region: optionalText('the state or province', 40),
    country: z.enum(COUNTRIES.map((c) => c.code) as [string, ...string[]], { error: 'Choose a country we ship to.' }),
  })
  .superRefine((address, ctx) => {
    const country = findCountry(address.country);
    if (!country) return;
    if (!country.postalCode.test(address.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: `Enter a ${country.name} postal code, like ${country.postalExample}.` });
    }
    if (country.regions && !country.regions.includes(address.region?.toUpperCase() ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: `Enter the ${country.code === 'US' ? 'state' : 'province'} as its two-letter code, like ${country.regions[0]}.` });
    }
  });

/** What the shopper fills in: contact, address and shipping method. */
export const checkoutSchema = z.object({
  email: z.email({ error: 'Enter an e-mail address like name@example.com.' }).max(254, { error: 'That e-mail address is too long.' }),
  address: addressSchema,
  shippingMethod: z.enum(SHIPPING_METHOD_IDS, { error: 'Choose how the order reaches you.' }),
});

export const cartLineSchema = z.object({
  designId: z.string().regex(/^[0-9A-Za-z]{6,32}$/, { error: 'Unknown design' }),
  quantity: z.number({ error: 'Quantity must be a number' }).int({ error: 'Quantity must be a whole number' }).min(1).max(MAX_QUANTITY),
});

/**
 * Placing an order: the checkout fields plus what the shopper saw (the cart's lines and the
 * total), so the server can refuse when either changed, and the attempt's idempotency key.
 */
export const placeOrderSchema = checkoutSchema.extend({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { error: 'This checkout form is out of date; reload the page.' }),
  lines: z.array(cartLineSchema).min(1, { error: 'Your cart is empty.' }).max(50, { error: 'A cart holds at most 50 items.' }),
  expectedTotalMinor: z.number().int().min(0).max(1_000_000_000),
});

export type Address = z.infer<typeof addressSchema>;
export type CheckoutInput = z.infer<typeof checkoutSchema>;
export type CartLineInput = z.infer<typeof cartLineSchema>;
export type PlaceOrderInput = z.infer<typeof placeOrderSchema>;

/** Field errors keyed by form field name ("email", "address.postalCode"), for display next to each field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
