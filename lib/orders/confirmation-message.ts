// The order confirmation e-mail, as text and HTML, from what the order froze. Pure, so the
// message is written in the order's own transaction and tests can read it.
import { formatMoney } from '../money';

export type ConfirmationFacts = {
  number: string;
  email: string;
  name: string;
  currency: string;
  lines: Array<{ title: string; quantity: number; totalMinor: number }>;
  shippingLabel: string;
  shippingMinor: number;
  totalMinor: number;
  paymentNote: string;
  /** Absolute link to the order page. */
  url: string;
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Subject, plain text and HTML of the confirmation for an order. */
export function confirmationMessage(o: ConfirmationFacts): { subject: string; text: string; html: string } {
  const money = (minor: number) => formatMoney(minor, o.currency);
  const rows = o.lines.map((l) => ({ label: `${l.quantity} × ${l.title}`, amount: money(l.totalMinor) }));
  rows.push({ label: o.shippingLabel, amount: money(o.shippingMinor) }, { label: 'Total', amount: money(o.totalMinor) });
  const text = [
    `Hello ${o.name},`,
    '',
    `thank you for your order ${o.number}. We make every item exactly as you designed it.`,
    '',
    ...rows.map((r) => `${r.label}: ${r.amount}`),
    '',
    o.paymentNote,
    '',
    `See your order at any time: ${o.url}`,
    `(or look it up with its number and this e-mail address).`,
  ].join('\n');
  const html =
    `<p>Hello ${escapeHtml(o.name)},</p>` +
    `<p>thank you for your order <strong>${escapeHtml(o.number)}</strong>. We make every item exactly as you designed it.</p>` +
    `<table>${rows.map((r) => `<tr><th align="left">${escapeHtml(r.label)}</th><td align="right">${escapeHtml(r.amount)}</td></tr>`).join('')}</table>` +
    `<p>${escapeHtml(o.paymentNote)}</p>` +
    `<p><a href="${escapeHtml(o.url)}">See your order</a> at any time, or look it up with its number and this e-mail address.</p>`;
  return { subject: `Your Onekind order ${o.number}`, text, html };
}
