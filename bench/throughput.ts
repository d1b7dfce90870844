// npm run bench -- throughput: orders per second with one web process against two, on
// PostgreSQL, through the round-robin proxy of the multi-process test, with a separate
// `npm run worker` rendering the orders (IN_PROCESS_WORKER=false on the web processes).
// Both web processes run the whole time; a run with one sends every request to the first, a
// run with two alternates. Runs alternate 1-2, 2-1, 1-2, ... so a drift in the machine's load
// (other programs, the worker catching up) falls on both alike. Each run places ORDERS phone
// case orders (prepared carts, text only) from CLIENTS shoppers at once; the medians of the
// runs are compared. The proxy and the shoppers run in this process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { roundRobinProxy } from '../lib/server/testing/round-robin-proxy';
import type { Template } from '../lib/templates/schema';
import { latestVersion } from './db';
import { scriptPid } from './jobs';
import { prepareCheckouts, runCheckouts, type Checkout } from './orders';
import { startServer, type BenchServer } from './server';
import { percentile } from './stats';

const ORDERS = 200;
const CLIENTS = 16;
const ROUNDS = 4;
const ENV = { IN_PROCESS_WORKER: 'false', ORDER_RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' };

type Run = {
  webs: 1 | 2;
  ordersPerSecond: number;
  p50: number;
  p95: number;
  cpu: number[];
  errors: number;
  load: number;
};

/** CPU seconds (user + system) a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function measure(
  webs: 1 | 2,
  proxy: { url: string; setBackends: (b: string[]) => void },
  servers: BenchServer[],
  pids: number[],
  checkouts: Checkout[],
): Promise<Run> {
  proxy.setBackends(servers.slice(0, webs).map((s) => s.url));
  const before = pids.map(cpuSeconds);
  const { replies, seconds } = await runCheckouts(proxy.url, checkouts, CLIENTS);
  const ok = replies.filter((r) => r.status === 201);
  const times = replies.map((r) => r.ms);
  return {
    webs,
    ordersPerSecond: ok.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpu: pids.map((pid, i) => cpuSeconds(pid) - before[i]!),
    errors: replies.length - ok.length,
    // The machine's 1-minute load average after the run: other programs share these cores.
    load: os.loadavg()[0]!,
  };
}

const median = (values: number[]) => percentile(values, 50);

/** Runs the benchmark on `databaseUrl` with web processes on `port` and `port + 1`. */
export async function benchThroughput(port: number, databaseUrl: string): Promise<void> {
  const dataDir = './data/bench-throughput';
  const first = await startServer(port, dataDir, { databaseUrl, env: ENV });
  const servers = [first];
  let worker: ReturnType<typeof spawn> | undefined;
  const proxy = await roundRobinProxy([first.url]);
  try {
    servers.push(await startServer(port + 1, dataDir, { databaseUrl, env: ENV, script: 'serve' }));
    // The worker at the lowest priority: on this one machine it stands in for a worker
    // elsewhere, and takes only what the web processes leave.
    worker = spawn('nice', ['-n', '19', 'npm', 'run', 'worker'], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, ...ENV },
      stdio: 'ignore',
      detached: true,
    });
    const pids = [
      scriptPid(servers[0]!.pid, 'scripts/start.ts'),
      scriptPid(servers[1]!.pid, 'scripts/serve.ts'),
    ];
    const row = await latestVersion(databaseUrl, 'iphone-17-case');
    const version = { id: row.id, template: JSON.parse(row.document) as Template };
    // Carts for every run up front, so a run measures checkouts only.
    proxy.setBackends(servers.map((s) => s.url));
    const warmUp = await prepareCheckouts(proxy.url, version, 40);
    const batches = [];
    for (let i = 0; i < ROUNDS * 2; i++) batches.push(await prepareCheckouts(proxy.url, version, ORDERS));
    // Both processes compile their routes and warm their caches before anything counts.
    await runCheckouts(proxy.url, warmUp, CLIENTS);

    const runs: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order: Array<1 | 2> = round % 2 === 0 ? [1, 2] : [2, 1];
      for (const [i, webs] of order.entries())
        runs.push(await measure(webs, proxy, servers, pids, batches[round * 2 + i]!));
    }

    console.log(
      `\nOrders per second, one web process against two (PostgreSQL, ${ORDERS} phone case orders a run from ${CLIENTS} shoppers at once, through a round-robin proxy; a worker renders them at nice 19):`,
    );
    console.log(
      `${'run'.padStart(4)} ${'webs'.padStart(5)} ${'orders/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'errors'.padStart(7)} ${'web 1 CPU s'.padStart(12)} ${'web 2 CPU s'.padStart(12)} ${'load'.padStart(5)}`,
    );
    for (const [i, r] of runs.entries())
      console.log(
        `${String(i + 1).padStart(4)} ${String(r.webs).padStart(5)} ${r.ordersPerSecond.toFixed(1).padStart(9)} ${r.p50.toFixed(0).padStart(8)} ${r.p95.toFixed(0).padStart(8)} ${String(r.errors).padStart(7)} ${r.cpu[0]!.toFixed(1).padStart(12)} ${r.cpu[1]!.toFixed(1).padStart(12)} ${r.load.toFixed(1).padStart(5)}`,
      );
    const one = median(runs.filter((r) => r.webs === 1).map((r) => r.ordersPerSecond));
    const two = median(runs.filter((r) => r.webs === 2).map((r) => r.ordersPerSecond));
    // Each round's two runs were back to back, under much the same load.
    const pairs = Array.from({ length: ROUNDS }, (_, round) => {
      const [a, b] = [runs[round * 2]!, runs[round * 2 + 1]!];
      return (a.webs === 2 ? a : b).ordersPerSecond / (a.webs === 1 ? a : b).ordersPerSecond;
    });
    console.log(
      `median orders/s: one web process ${one.toFixed(1)}, two ${two.toFixed(1)}; two / one = ${(two / one).toFixed(2)}x (target 1.6x)`,
    );
    console.log(
      `two / one per round: ${pairs.map((p) => `${p.toFixed(2)}x`).join(', ')}; median ${median(pairs).toFixed(2)}x`,
    );
    if (runs.some((r) => r.errors)) process.exitCode = 1;
  } finally {
    await proxy.close();
    if (worker?.pid) process.kill(-worker.pid, 'SIGTERM');
    for (const server of servers) server.stop();
  }
}
