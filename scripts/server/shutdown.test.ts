import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// SIGTERM to a real server process (shutdown-fixture.ts: the custom server's request pipeline
// and shutdown, with a slow stand-in for Next.js) while a request is in flight.

type Started = { child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> };

const running: ChildProcess[] = [];
afterEach(() => running.forEach((child) => child.kill('SIGKILL')));

async function start(env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.join(import.meta.dirname, 'shutdown-fixture.ts')],
    { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /listening (\d+)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(Number(match[1]));
      }
    }, 20);
    void exited.then(() => reject(new Error(`fixture exited early:\n${output}`)));
  });
  return { child, port, output: () => output, exited };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the request in flight, refuses new connections, runs the hooks, then exits 0', async () => {
    const server = await start();
    const url = `http://127.0.0.1:${server.port}`;
    const slow = fetch(`${url}/slow?ms=1500`);
    await wait(300);
    server.child.kill('SIGTERM');
    await wait(200);
    await expect(fetch(`${url}/slow?ms=0`)).rejects.toThrow();

    const response = await slow;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('done after 1500 ms');
    expect(await server.exited).toBe(0);
    const output = server.output();
    // The hook ran after the request finished, then the process said it stopped.
    const logged = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const order = logged.map((line) => line.msg);
    expect(order.indexOf('request')).toBeLessThan(order.indexOf('requests finished; running shutdown hooks'));
    expect(output.indexOf('hook ran')).toBeGreaterThan(output.indexOf('requests finished'));
    expect(order.at(-1)).toBe('stopped');
    expect(logged.find((line) => line.msg === 'request')).toMatchObject({
      path: '/slow',
      status: 200,
      route: 'unmatched',
    });
  });

  it('cuts off a request that outlasts the shutdown timeout, and still runs the hooks', async () => {
    const server = await start({ SHUTDOWN_TIMEOUT_MS: '300' });
    const stuck = fetch(`http://127.0.0.1:${server.port}/slow?ms=60000`);
    await wait(200);
    server.child.kill('SIGTERM');
    await expect(stuck).rejects.toThrow();
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('hook ran');
  });
});
