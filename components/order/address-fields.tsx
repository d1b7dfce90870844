'use client';
import { useId, useState } from 'react';
import { FormField } from './form-field';
import s from './order.module.css';

export type CountryChoice = { code: string; name: string; postalExample: string; regions: string[] | null };

type Props = { countries: CountryChoice[]; defaultCountry: string; errors: Record<string, string[] | undefined> };

/** The shipping address; the state or province appears for countries whose post needs it. */
export function AddressFields({ countries, defaultCountry, errors }: Props) {
  const [code, setCode] = useState(defaultCountry);
  const country = countries.find((c) => c.code === code);
  const id = useId();
  const e = (field: string) => errors[`address.${field}`];
  return (
    <fieldset className={s.fieldset}>
      <legend>Shipping address</legend>
      <FormField name="name" label="Full name" autoComplete="name" errors={e('name')} />
      <FormField name="line1" label="Street and number" autoComplete="address-line1" errors={e('line1')} />
      <FormField name="line2" label="Apartment, floor, company (optional)" autoComplete="address-line2" errors={e('line2')} />
      <FormField name="postalCode" label="Postal code" autoComplete="postal-code" placeholder={country?.postalExample} errors={e('postalCode')} />
      <FormField name="city" label="Town or city" autoComplete="address-level2" errors={e('city')} />
      {country?.regions && <FormField name="region" label={code === 'US' ? 'State' : 'Province'} autoComplete="address-level1" placeholder={country.regions[0]} errors={e('region')} />}
      <div className={s.field}>
        <label htmlFor={id}>Country</label>
        <select id={id} name="country" value={code} onChange={(ev) => setCode(ev.target.value)} autoComplete="country">
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {e('country') && <p className={s.fieldError}>{e('country')!.join(' ')}</p>}
      </div>
    </fieldset>
  );
}
