// An example store that sells Onekind products from its own page: it embeds the configurator,
// shows the live price from its events, keeps its own cart (each design's price checked with the
// shop's API, never taken from the browser), places the order through the API and receives the
// shop's webhooks, verifying their signatures. Plain Node, no framework: what a store's
// developer would write in an afternoon.
//
//   ONEKIND_URL=http://127.0.0.1:3000 ONEKIND_API_KEY=ok_... ONEKIND_WEBHOOK_SECRET=whsec_... \
//     npx tsx examples/store/server.ts
//
// `npm run example:store` sets up a local shop for it first (examples/store/setup.ts).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { Webhook } from 'standardwebhooks';
import { storePage } from './page';

const PORT = Number(process.env.PORT ?? 4000);
const SHOP = (process.env.ONEKIND_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const API_KEY = process.env.ONEKIND_API_KEY ?? '';
const PRODUCT = process.env.ONEKIND_PRODUCT ?? 'iphone-17-case';
const webhook = process.env.ONEKIND_WEBHOOK_SECRET ? new Webhook(process.env.ONEKIND_WEBHOOK_SECRET) : null;

type CartLine = {
  designId: string;
  quantity: number;
  unitMinor: number;
  totalMinor: number;
  currency: string;
  previewImageUrl: string;
  editUrl: string;
};
type Received = { id: string; type: string; receivedAt: string; data: unknown };

const cart: CartLine[] = [];
const received: Received[] = [];
const orders: unknown[] = [];

/** Calls the shop's API with this store's key; problems (RFC 9457) come back as thrown errors. */
async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${SHOP}/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', ...init.headers },
  });
  const body = (await response.json().catch(() => ({}))) as T & { detail?: string; title?: string };
  if (!response.ok) throw new Error(body.detail ?? body.title ?? `The shop answered ${response.status}.`);
  return body;
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 256 * 1024) throw new Error('Body too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: http.ServerResponse, status: number, body: unknown, type = 'application/json') {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

type Quote = { totalMinor: number; unitPriceMinor: number; currency: string };

const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void> =
  {
    'GET /': (_req, res) => send(res, 200, storePage({ shop: SHOP, product: PRODUCT }), 'text/html'),

    'GET /cart': (_req, res) => send(res, 200, { lines: cart }),

    // The embed said "add to cart": the price is asked of the shop, not taken from the message.
    'POST /cart': async (req, res) => {
      const { designId, quantity, previewImageUrl, editUrl } = JSON.parse(
        await readBody(req),
      ) as Partial<CartLine>;
      if (typeof designId !== 'string' || !Number.isInteger(quantity))
        return send(res, 400, { error: 'designId and quantity are needed.' });
      const quote = await api<Quote>(`/designs/${encodeURIComponent(designId)}/quote?quantity=${quantity}`);
      cart.push({
        designId,
        quantity: quantity!,
        unitMinor: quote.unitPriceMinor,
        totalMinor: quote.totalMinor,
        currency: quote.currency,
        previewImageUrl: String(previewImageUrl ?? ''),
        editUrl: String(editUrl ?? ''),
      });
      send(res, 201, { lines: cart });
    },

    // Checkout: the order is placed through the API with an idempotency key, so a retry after a
    // timeout cannot order twice.
    'POST /checkout': async (req, res) => {
      if (cart.length === 0) return send(res, 400, { error: 'The cart is empty.' });
      const { email, address, shippingMethod } = JSON.parse(await readBody(req)) as Record<string, unknown>;
      const order = await api<{ number: string; totalMinor: number; status: string }>('/orders', {
        method: 'POST',
        headers: { 'idempotency-key': randomUUID() },
        body: JSON.stringify({
          email,
          address,
          shippingMethod,
          lines: cart.map(({ designId, quantity }) => ({ designId, quantity })),
        }),
      });
      orders.push(order);
      cart.length = 0;
      send(res, 201, order);
    },

    // The shop's webhooks: verified (signature and timestamp), then de-duplicated by event id.
    'POST /webhooks/onekind': async (req, res) => {
      const body = await readBody(req);
      if (!webhook) return send(res, 503, { error: 'ONEKIND_WEBHOOK_SECRET is not set.' });
      let event: { type: string; data: unknown };
      try {
        event = webhook.verify(body, req.headers as Record<string, string>) as {
          type: string;
          data: unknown;
        };
      } catch {
        return send(res, 400, { error: 'Invalid signature.' });
      }
      const id = String(req.headers['webhook-id']);
      if (!received.some((r) => r.id === id))
        received.unshift({ id, type: event.type, receivedAt: new Date().toISOString(), data: event.data });
      send(res, 200, { ok: true });
    },

    'GET /webhooks/received': (_req, res) => send(res, 200, { events: received, orders }),
  };

http
  .createServer((req, res) => {
    const route = routes[`${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`];
    if (!route) return send(res, 404, { error: 'Not found.' });
    Promise.resolve()
      .then(() => route(req, res))
      .catch((error: unknown) =>
        send(res, 502, { error: error instanceof Error ? error.message : String(error) }),
      );
  })
  .listen(PORT, () => console.log(`Example store on http://localhost:${PORT} (embedding ${SHOP})`));
