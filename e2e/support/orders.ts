import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';

// Shopper actions for cart and checkout, by role and label, and a look into the end-to-end
// server's own database to count what was really written.

const E2E_DB = path.join(import.meta.dirname, '..', '..', 'data', 'e2e', 'onekind.db');

/** Adds the design on screen to the cart and waits for the confirmation. */
export async function addToCart(page: Page) {
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText('Added to your cart.')).toBeVisible();
}

export type Shopper = { email: string; name: string; street: string; postalCode: string; city: string };

export const shopper = (email: string): Shopper => ({ email, name: 'Ada Lovelace', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin' });

/** Opens checkout from the cart and fills in contact and address. */
export async function fillCheckout(page: Page, who: Shopper) {
  await page.goto('/cart');
  await page.getByRole('link', { name: 'Check out' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout' })).toBeVisible();
  await page.getByLabel('E-mail', { exact: true }).fill(who.email);
  await page.getByLabel('Full name').fill(who.name);
  await page.getByLabel('Street and number').fill(who.street);
  await page.getByLabel('Postal code').fill(who.postalCode);
  await page.getByLabel('Town or city').fill(who.city);
}

/** How many orders the end-to-end database holds for an e-mail address. */
export function ordersFor(email: string): number {
  const db = new Database(E2E_DB, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM "Order" WHERE email = ?').get(email) as { n: number }).n;
  } finally {
    db.close();
  }
}
