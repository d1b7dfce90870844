// The countries we ship to, with the address basics each one needs: a postal code shape and,
// where carriers require it, a state or province.

export type Country = {
  code: string;
  name: string;
  /** Postal codes as the country's post writes them (checked after trimming and upper-casing). */
  postalCode: RegExp;
  postalExample: string;
  /** States or provinces, when the address needs one. */
  regions?: string[];
};

const US_STATES = 'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ');
const CA_PROVINCES = 'AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' ');

export const COUNTRIES: Country[] = [
  { code: 'AT', name: 'Austria', postalCode: /^\d{4}$/, postalExample: '1010' },
  { code: 'BE', name: 'Belgium', postalCode: /^\d{4}$/, postalExample: '1000' },
  { code: 'CA', name: 'Canada', postalCode: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, postalExample: 'K1A 0B1', regions: CA_PROVINCES },
  { code: 'CH', name: 'Switzerland', postalCode: /^\d{4}$/, postalExample: '8001' },
  { code: 'DE', name: 'Germany', postalCode: /^\d{5}$/, postalExample: '10115' },
  { code: 'DK', name: 'Denmark', postalCode: /^\d{4}$/, postalExample: '1050' },
  { code: 'ES', name: 'Spain', postalCode: /^\d{5}$/, postalExample: '28001' },
  { code: 'FR', name: 'France', postalCode: /^\d{5}$/, postalExample: '75001' },
  { code: 'GB', name: 'United Kingdom', postalCode: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, postalExample: 'SW1A 1AA' },
  { code: 'IE', name: 'Ireland', postalCode: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/, postalExample: 'D02 X285' },
  { code: 'IT', name: 'Italy', postalCode: /^\d{5}$/, postalExample: '00118' },
  { code: 'NL', name: 'Netherlands', postalCode: /^\d{4} ?[A-Z]{2}$/, postalExample: '1012 AB' },
  { code: 'PL', name: 'Poland', postalCode: /^\d{2}-\d{3}$/, postalExample: '00-001' },
  { code: 'PT', name: 'Portugal', postalCode: /^\d{4}-\d{3}$/, postalExample: '1000-001' },
  { code: 'SE', name: 'Sweden', postalCode: /^\d{3} ?\d{2}$/, postalExample: '111 22' },
  { code: 'US', name: 'United States', postalCode: /^\d{5}(-\d{4})?$/, postalExample: '94105', regions: US_STATES },
];

/** The country with this ISO 3166-1 alpha-2 code, if we ship there. */
export function findCountry(code: string): Country | undefined {
  return COUNTRIES.find((c) => c.code === code);
}
