// Order benchmark: many checkouts at once against a production server on loopback, a share of
// them retries of an earlier attempt (same idempotency key, same cart). Every distinct key must
// make exactly one order and no request may fail.
import { newDesign, newTextLayer } from '../lib/design/defaults';
import { SHIPPING_METHODS } from '../lib/checkout/shipping';
import { quote } from '../lib/pricing/quote';
import type { Template } from '../lib/templates/schema';
import { ms, percentile } from './stats';

export type Checkout = { key: string; cookie: string; body: string };
export type Reply = { key: string; status: number; number?: string; error?: string; ms: number };

const ADDRESS = { name: 'Bench Shopper', line1: 'Loopback 1', city: 'Berlin', postalCode: '10115', country: 'DE' };

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

/**
 * Saves a few designs of the phone case and fills `carts` carts (one design each, quantity 1-3)
 * through the public API; returns the checkout request for each cart.
 */
export async function prepareCheckouts(baseUrl: string, version: { id: string; template: Template }, carts: number): Promise<Checkout[]> {
  const zone = version.template.zones[0]!;
  const designs: Array<{ id: string; design: ReturnType<typeof newDesign> }> = [];
  for (const text of ['Ada', 'Grace', 'Hedy', 'Katherine', 'Radia', 'Margaret']) {
    const design = { ...newDesign(version.template), zones: { [zone.id]: { layers: [newTextLayer(zone, 'l1', text)] } } };
    const saved = await postJson(`${baseUrl}/api/designs`, { templateVersionId: version.id, design });
    if (saved.response.status !== 201) throw new Error(`saving a design failed: ${JSON.stringify(saved.body)}`);
    designs.push({ id: String(saved.body.id), design });
  }
  const shipping = SHIPPING_METHODS.find((m) => m.id === 'standard')!.priceMinor[version.template.currency]!;
  const checkouts: Checkout[] = [];
  for (let i = 0; i < carts; i++) {
    const { id, design } = designs[i % designs.length]!;
    const quantity = 1 + (i % 3);
    const added = await postJson(`${baseUrl}/api/cart/items`, { designId: id, quantity });
    const cookie = added.response.headers.get('set-cookie')?.split(';')[0];
    if (added.response.status !== 200 || !cookie) throw new Error(`adding to a cart failed: ${JSON.stringify(added.body)}`);
    const expectedTotalMinor = quote(version.template, design, quantity).totalMinor + shipping;
    const body = JSON.stringify({ email: `bench-${i}@example.com`, address: ADDRESS, shippingMethod: 'standard', lines: [{ designId: id, quantity }], expectedTotalMinor });
    checkouts.push({ key: `bench-${Date.now()}-${i}-${Math.random().toString(36).slice(2, 10)}`, cookie, body });
  }
  return checkouts;
}

/** Sends one checkout and times it; network failures count as status 0. */
export async function sendCheckout(baseUrl: string, c: Checkout): Promise<Reply> {
  const started = performance.now();
  try {
    const r = await postJson(`${baseUrl}/api/orders`, c.body, { cookie: c.cookie, 'idempotency-key': c.key });
    const number = typeof r.body.number === 'string' ? r.body.number : undefined;
    return { key: c.key, status: r.response.status, number, error: number ? undefined : JSON.stringify(r.body), ms: performance.now() - started };
  } catch (error) {
    return { key: c.key, status: 0, error: String(error), ms: performance.now() - started };
  }
}

/** The requests of a run: every checkout once, plus `reuse` of all requests repeating an earlier key. */
export function withRetries(checkouts: Checkout[], total: number): Checkout[] {
  const requests = [...checkouts];
  for (let i = 0; requests.length < total; i++) requests.push(checkouts[(i * 7) % checkouts.length]!);
  // Retries are spread through the run, not all at its end.
  return requests.map((r, i) => ({ r, k: (i * 7919) % requests.length })).sort((a, b) => a.k - b.k).map((x) => x.r);
}

/** Runs `requests` with at most `concurrency` in flight; returns replies and wall time. */
export async function runCheckouts(baseUrl: string, requests: Checkout[], concurrency: number): Promise<{ replies: Reply[]; seconds: number }> {
  const replies: Reply[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests.length) replies.push(await sendCheckout(baseUrl, requests[next++]!));
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, worker));
  return { replies, seconds: (performance.now() - started) / 1000 };
}

/** Prints keys, orders, errors, throughput and latency of a run; returns the distinct order numbers. */
export function report(label: string, replies: Reply[], seconds: number): Set<string> {
  const keys = new Set(replies.map((r) => r.key));
  const byKey = new Map<string, Set<string>>();
  for (const r of replies) if (r.number) byKey.set(r.key, (byKey.get(r.key) ?? new Set()).add(r.number));
  const numbers = new Set(replies.flatMap((r) => (r.number ? [r.number] : [])));
  const errors = replies.filter((r) => r.status !== 200 && r.status !== 201).length;
  const split = [...byKey.values()].filter((s) => s.size > 1).length;
  const times = replies.map((r) => r.ms);
  console.log(
    `${label.padEnd(34)} ${String(replies.length).padStart(5)} ${String(keys.size).padStart(6)} ${String(numbers.size).padStart(7)} ${String(errors).padStart(7)} ${String(split).padStart(6)}` +
      ` ${(numbers.size / seconds).toFixed(1).padStart(9)} ${ms(percentile(times, 50)).padStart(8)} ${ms(percentile(times, 95)).padStart(8)}`,
  );
  const firstError = replies.find((r) => r.status !== 200 && r.status !== 201);
  if (firstError) console.log(`  first error: ${firstError.status} ${firstError.error}`);
  return numbers;
}

export const REPORT_HEADER = `${'run'.padEnd(34)} ${'reqs'.padStart(5)} ${'keys'.padStart(6)} ${'orders'.padStart(7)} ${'errors'.padStart(7)} ${'split'.padStart(6)} ${'orders/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`;
