import { createHash } from 'node:crypto';
import path from 'node:path';

// The end-to-end server and how it proves it is ours. Outside CI Playwright reuses a server
// already listening on E2E_PORT; a server of another program, or of another checkout, would
// then fail the tests with baffling sign-in errors. So the test server is started with
// E2E_SERVER_TOKEN, answers it at /__e2e-server (scripts/server/app-server.ts), and the run
// stops at once with a plain message when the server on the port does not.

const ROOT = path.join(import.meta.dirname, '..', '..');

/** The port of the end-to-end server (E2E_PORT, 3100 by default). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** The token of this checkout's server on this port: the same on every run, so a kept server passes. */
export const E2E_SERVER_TOKEN = `onekind-e2e-${createHash('sha256').update(`${ROOT}:${E2E_PORT}`).digest('hex').slice(0, 32)}`;

/** Where the end-to-end server answers its token (scripts/server/app-server.ts, E2E_SERVER_PATH). */
export const E2E_SERVER_PATH = '/__e2e-server';

/** What to tell someone whose port is in use by something else. */
export const portTakenMessage = (port: number) =>
  `Port ${port} is taken by another program (it is not this checkout's end-to-end test server). Stop it, or run the tests on another port: E2E_PORT=${port + 1000} npx playwright test`;
