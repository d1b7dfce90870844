import type { Address } from '@/lib/checkout/schema';

/** A shipping address laid out as on an envelope, one line each, empty lines left out. */
export function PostalAddress({ address: a }: { address: Address }) {
  return (
    <address>
      {[a.name, a.line1, a.line2, `${a.postalCode} ${a.city}`, a.region, a.country]
        .filter(Boolean)
        .map((part, i) => (
          <span key={i}>
            {part}
            <br />
          </span>
        ))}
    </address>
  );
}
