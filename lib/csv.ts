// CSV as RFC 4180 describes it: fields separated by commas, records by CRLF, a field quoted
// when it holds a comma, a quote or a line break, quotes doubled inside. Text that a
// spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) gets a
// leading apostrophe, so an e-mail address such as "=HYPERLINK(...)@x.com" stays text.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: numbers as they are, text guarded against formulas and quoted when needed. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, ending in CRLF. */
export function csvRecord(fields: Array<string | number>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
