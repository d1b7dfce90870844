// The order benchmark for one database: a burst of 200 checkouts at once (20% retries of an
// earlier key), the same load from 16 clients, and a crash (SIGKILL) in the middle of a load
// followed by a restart that must show every acknowledged order, whole, and no partial one.
import type { Template } from '../lib/templates/schema';
import { latestVersion, storedOrders } from './db';
import { prepareCheckouts, report, REPORT_HEADER, runCheckouts, sendCheckout, withRetries, type Reply } from './orders';
import { startServer } from './server';

const ENV = { ORDER_RATE_LIMIT_PER_MINUTE: '1000000' };
const TOTAL = 200;
const DISTINCT = 160; // 20% of the requests reuse one of these keys

function check(label: string, ok: boolean) {
  console.log(`  ${ok ? '✓' : '✗'} ${label}`);
  if (!ok) process.exitCode = 1;
}

async function loadAndReport(baseUrl: string, version: { id: string; template: Template }, databaseUrl: string, label: string, concurrency: number) {
  const checkouts = await prepareCheckouts(baseUrl, version, DISTINCT);
  const { replies, seconds } = await runCheckouts(baseUrl, withRetries(checkouts, TOTAL), concurrency);
  const numbers = report(label, replies, seconds);
  const keys = new Set(checkouts.map((c) => c.key));
  const stored = (await storedOrders(databaseUrl)).filter((o) => keys.has(o.key));
  check(`${label}: ${stored.length} orders stored for ${keys.size} distinct keys, ${numbers.size} order numbers answered`, stored.length === keys.size && numbers.size === keys.size);
}

/** Runs the order benchmark against a fresh server on `port` with its own database. */
export async function benchOrders(label: string, port: number, dataDir: string, databaseUrl = `file:${dataDir}/onekind.db`): Promise<void> {
  let server = await startServer(port, dataDir, { databaseUrl, env: ENV });
  try {
    const row = await latestVersion(databaseUrl, 'iphone-17-case');
    const version = { id: row.id, template: JSON.parse(row.document) as Template };
    console.log(`\nOrders on ${label}: ${TOTAL} checkouts, ${TOTAL - DISTINCT} of them retries of an earlier key`);
    // Warm-up: the first requests compile routes and fill caches.
    await runCheckouts(server.url, await prepareCheckouts(server.url, version, 20), 10);
    console.log(REPORT_HEADER);
    await loadAndReport(server.url, version, databaseUrl, `${TOTAL} at once`, TOTAL);
    await loadAndReport(server.url, version, databaseUrl, `${TOTAL} from 16 clients`, 16);

    // Crash in the middle of a load, restart, and look at what survived.
    const checkouts = await prepareCheckouts(server.url, version, 400);
    const requests = withRetries(checkouts, 500);
    const replies: Reply[] = [];
    const crashed = server;
    const killer = setInterval(() => {
      if (replies.length >= 150) {
        crashed.kill();
        clearInterval(killer);
      }
    }, 2);
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < requests.length) replies.push(await sendCheckout(server.url, requests[next++]!));
      }),
    );
    clearInterval(killer);
    const acknowledged = new Map(replies.flatMap((r) => (r.number ? [[r.key, r.number] as const] : [])));
    server = await startServer(port, dataDir, { databaseUrl, env: ENV, keepData: true });
    const stored = await storedOrders(databaseUrl);
    const byNumber = new Map(stored.map((o) => [o.number, o]));
    console.log(`\nSIGKILL after ${replies.filter((r) => r.number).length} answered requests (${acknowledged.size} orders acknowledged); restarted:`);
    check('every acknowledged order is there, under its key', [...acknowledged].every(([key, n]) => byNumber.get(n)?.key === key));
    check(`no partial order among all ${stored.length} stored (each has its line, its status event and its message)`, stored.every((o) => o.lines === 1 && o.events === 1 && o.messages === 1));
    // Shoppers whose request got no answer retry with the same key: one order per key, no more.
    const unanswered = [...new Map(requests.filter((r) => !acknowledged.has(r.key)).map((r) => [r.key, r])).values()];
    const retried = await Promise.all(unanswered.map((r) => sendCheckout(server.url, r)));
    check(`${unanswered.length} unanswered checkouts retried after the restart all succeed`, retried.every((r) => r.status === 200 || r.status === 201));
    const keys = new Set(checkouts.map((c) => c.key));
    const final = (await storedOrders(databaseUrl)).filter((o) => keys.has(o.key));
    check(`${final.length} orders for ${keys.size} distinct keys after the retries`, final.length === keys.size);
  } finally {
    server.stop();
  }
}
