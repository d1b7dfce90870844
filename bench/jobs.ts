// npm run bench -- jobs: 20 t-shirt orders, each with a 12-megapixel photo front and back,
// placed against a production server (SQLite), side by side in two set-ups:
//   main:   no worker; a maker downloads each order's ZIP as soon as it is placed, and the web
//           process builds the files on request (main's way, the fallback path here);
//   worker: `npm run worker` renders each order into storage when it is placed; the maker
//           downloads the stored ZIP once the order shows as ready.
// Prints, per set-up, the time from "order placed" to "the maker has the files" (p50, p95),
// the web process's and the worker's peak memory (VmHWM), and the ratios worker / main.
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { newDesign, newImageLayer } from '../lib/design/defaults';
import { quote } from '../lib/pricing/quote';
import { SHIPPING_METHODS } from '../lib/checkout/shipping';
import type { Template } from '../lib/templates/schema';
import { startServer } from './server';
import { percentile } from './stats';

const ORDERS = 20;
const AT_ONCE = 4;
type Mode = 'main' | 'worker';
type Result = {
  mode: Mode;
  ready: number[];
  webPeakMb: number;
  webIdleMb: number;
  workerPeakMb: number | null;
  seconds: number;
};

/** Peak and current resident memory of a process, in MB (Linux /proc). */
function memory(pid: number): { peak: number; now: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
}

/** The node process in a process group that runs `script` with tsx's loader (not npm, sh or the tsx command). */
export function scriptPid(groupPid: number, script: string): number {
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (
        Number(stat[2]) === groupPid &&
        cmd.includes(script) &&
        (cmd.includes('loader.mjs') || cmd.includes('--import\0tsx'))
      )
        return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  throw new Error(`no process runs ${script} in group ${groupPid}`);
}

/** A maker account with a session, written straight into the bench database; returns the cookie. */
function makerCookie(file: string): string {
  const db = new Database(file);
  const token = randomBytes(32).toString('base64url');
  const userId = randomUUID();
  const now = new Date();
  db.prepare(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "createdAt") VALUES (?, ?, 'Bench Maker', 'maker', 'x', ?)`,
  ).run(userId, `maker-${userId}@example.com`, now.toISOString());
  db.prepare(`INSERT INTO "Session" (id, "userId", "createdAt", "expiresAt") VALUES (?, ?, ?, ?)`).run(
    createHash('sha256').update(token).digest('hex'),
    userId,
    now.toISOString(),
    new Date(now.getTime() + 3600_000).toISOString(),
  );
  db.close();
  return `onekind_session=${token}`;
}

async function json(
  url: string,
  init: RequestInit,
): Promise<{ status: number; body: Record<string, unknown>; cookie?: string }> {
  const response = await fetch(url, init);
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    cookie: response.headers.get('set-cookie')?.split(';')[0],
  };
}

/** Uploads the photo once, then saves one design per order and fills a cart for each; returns the checkouts. */
async function prepare(base: string, file: string): Promise<Array<{ cookie: string; body: string }>> {
  const photo = await sharp({ create: { width: 4240, height: 2832, channels: 3, background: '#2f6690' } })
    .composite([{ input: { text: { text: 'Bench', dpi: 1200 } }, gravity: 'centre' }])
    .jpeg({ quality: 90 })
    .toBuffer();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
  const upload = await json(`${base}/api/uploads`, { method: 'POST', body: form });
  if (upload.status !== 201) throw new Error(`upload failed: ${JSON.stringify(upload.body)}`);
  const db = new Database(file, { readonly: true });
  const version = db
    .prepare(
      `SELECT v.id, v.document FROM "TemplateVersion" v JOIN "Template" t ON t.id = v."templateId" WHERE t.slug = 'heavy-cotton-tee' ORDER BY v.version DESC LIMIT 1`,
    )
    .get() as { id: string; document: string };
  db.close();
  const template = JSON.parse(version.document) as Template;
  const shipping = SHIPPING_METHODS.find((m) => m.id === 'standard')!.priceMinor[template.currency]!;
  const checkouts = [];
  for (let i = 0; i < ORDERS; i++) {
    const zones = Object.fromEntries(
      template.zones
        .filter((z) => z.content.image)
        .map((z) => [z.id, { layers: [newImageLayer(z, 'photo', String(upload.body.id), 4240, 2832)] }]),
    );
    const design = { ...newDesign(template), zones };
    const saved = await json(`${base}/api/designs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ templateVersionId: version.id, design }),
    });
    if (saved.status !== 201) throw new Error(`saving a design failed: ${JSON.stringify(saved.body)}`);
    const added = await json(`${base}/api/cart/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ designId: saved.body.id, quantity: 1 }),
    });
    if (added.status !== 200 || !added.cookie)
      throw new Error(`adding to a cart failed: ${JSON.stringify(added.body)}`);
    const body = JSON.stringify({
      email: `bench-${i}@example.com`,
      address: { name: 'Bench', line1: 'Loopback 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
      shippingMethod: 'standard',
      lines: [{ designId: saved.body.id, quantity: 1 }],
      expectedTotalMinor: quote(template, design, 1).totalMinor + shipping,
    });
    checkouts.push({ cookie: added.cookie, body });
  }
  return checkouts;
}

/** Downloads an order's ZIP as the maker, whole; throws unless it is a 200. */
async function downloadZip(base: string, number: string, cookie: string): Promise<void> {
  const response = await fetch(`${base}/api/maker/orders/${number}/zip`, { headers: { cookie } });
  if (response.status !== 200)
    throw new Error(`ZIP of ${number}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function run(mode: Mode, port: number): Promise<Result> {
  const dataDir = `./data/bench-jobs-${mode}`;
  const file = `${dataDir}/onekind.db`;
  const env = { IN_PROCESS_WORKER: 'false', ORDER_RATE_LIMIT_PER_MINUTE: '1000' };
  const server = await startServer(port, dataDir, { env });
  const web = scriptPid(server.pid, 'scripts/start.ts');
  let worker: ReturnType<typeof spawn> | null = null;
  try {
    const cookie = makerCookie(file);
    const checkouts = await prepare(server.url, file);
    if (mode === 'worker') {
      worker = spawn('npm', ['run', 'worker'], {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${file}`, ...env },
        stdio: 'ignore',
        detached: true,
      });
      await new Promise((resolve) => setTimeout(resolve, 4000));
    }
    const webIdleMb = memory(web).now;
    const db = new Database(file, { readonly: true });
    const readyOf = db.prepare(
      `SELECT o.number FROM "OrderProduction" p JOIN "Order" o ON o.id = p."orderId" WHERE p.state = 'ready'`,
    );
    const ready: number[] = [];
    const failures: unknown[] = [];
    const started = performance.now();
    let next = 0;
    const client = async () => {
      while (next < checkouts.length) {
        const c = checkouts[next++]!;
        const placed = await json(`${server.url}/api/orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: c.cookie, 'idempotency-key': randomUUID() },
          body: c.body,
        });
        const number = String(placed.body.number);
        if (placed.status !== 201) throw new Error(`order failed: ${JSON.stringify(placed.body)}`);
        const at = performance.now();
        void (async () => {
          if (mode === 'worker')
            await until(() => (readyOf.all() as Array<{ number: string }>).some((r) => r.number === number));
          await downloadZip(server.url, number, cookie);
          ready.push(performance.now() - at);
        })().catch((error: unknown) => failures.push(error));
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, client));
    await until(() => ready.length + failures.length === ORDERS);
    if (failures.length) throw failures[0];
    const seconds = (performance.now() - started) / 1000;
    db.close();
    return {
      mode,
      ready,
      seconds,
      webIdleMb,
      webPeakMb: memory(web).peak,
      workerPeakMb: worker ? memory(scriptPid(worker.pid!, 'scripts/worker.ts')).peak : null,
    };
  } finally {
    if (worker?.pid) process.kill(-worker.pid, 'SIGTERM');
    server.stop();
  }
}

/** Runs both set-ups one after the other on ports `port` and `port + 1`, and prints them side by side. */
export async function benchJobs(port: number): Promise<void> {
  const results = [await run('main', port), await run('worker', port + 1)];
  const s = (v: number) => (v / 1000).toFixed(1).padStart(8);
  console.log(
    `\n${ORDERS} t-shirt orders (12 MP photo front and back), ${AT_ONCE} shoppers at once; "ready" = the maker has the ZIP:`,
  );
  console.log(
    `${'set-up'.padEnd(8)} ${'p50 s'.padStart(8)} ${'p95 s'.padStart(8)} ${'all s'.padStart(8)} ${'web idle MB'.padStart(12)} ${'web peak MB'.padStart(12)} ${'worker peak MB'.padStart(15)}`,
  );
  for (const r of results)
    console.log(
      `${r.mode.padEnd(8)} ${s(percentile(r.ready, 50))} ${s(percentile(r.ready, 95))} ${r.seconds.toFixed(1).padStart(8)} ${r.webIdleMb.toFixed(0).padStart(12)} ${r.webPeakMb.toFixed(0).padStart(12)} ${(r.workerPeakMb?.toFixed(0) ?? '-').padStart(15)}`,
    );
  const [main, worker] = results as [Result, Result];
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(
    `worker / main: p50 ${ratio(percentile(worker.ready, 50), percentile(main.ready, 50))}, p95 ${ratio(percentile(worker.ready, 95), percentile(main.ready, 95))}, web peak memory ${ratio(worker.webPeakMb, main.webPeakMb)}`,
  );
}
