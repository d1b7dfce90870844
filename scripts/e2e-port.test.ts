import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// `npx playwright test` as a newcomer runs it while another program holds the end-to-end
// port: the run must stop before any test, saying what is wrong and what to do, whether that
// program answers every request (Playwright would reuse it) or none of them.

let other: http.Server | undefined;
afterEach(() => other?.close());

async function anotherProgram(status: number): Promise<number> {
  other = http.createServer((_req, res) =>
    res.writeHead(status, { 'content-type': 'text/html' }).end('<h1>Some other app</h1>'),
  );
  await new Promise<void>((resolve) => other!.listen(0, resolve));
  return (other.address() as AddressInfo).port;
}

function playwright(port: number): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    'npx',
    [
      'playwright',
      'test',
      'e2e/catalogue.spec.ts',
      '--reporter=list',
      '--output',
      path.join(os.tmpdir(), `onekind-e2e-port-${port}`),
    ],
    {
      env: { ...process.env, E2E_PORT: String(port), CI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe('the end-to-end tests on a port another program holds', { timeout: 180_000 }, () => {
  it('stop with a clear message when that program answers like a web app', async () => {
    const port = await anotherProgram(200);
    const { code, output } = await playwright(port);
    expect(code).not.toBe(0);
    expect(output).toContain(
      `Port ${port} is taken by another program (it is not this checkout's end-to-end test server). Stop it, or run the tests on another port: E2E_PORT=`,
    );
    expect(output).not.toContain('passed');
  });

  it('stop with the same message when it answers nothing useful, before the test data is touched', async () => {
    const port = await anotherProgram(404);
    const { code, output } = await playwright(port);
    expect(code).not.toBe(0);
    expect(output).toContain(`Port ${port} is taken by another program`);
    expect(output).not.toContain('Database:');
  });
});
