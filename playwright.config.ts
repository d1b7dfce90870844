import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/support/chromium';
import { E2E_PORT as PORT, E2E_SERVER_PATH, E2E_SERVER_TOKEN } from './e2e/support/e2e-server';
import { E2E_SETUP_CODE } from './e2e/support/setup-code';

// The end-to-end server gets its own, freshly seeded SQLite database, with no account: the
// staff-setup project creates the admin through /setup (with SETUP_CODE) and invites the maker.
// It proves it is this checkout's test server (E2E_SERVER_TOKEN, e2e/support/e2e-server.ts):
// a server kept from an earlier run is reused, any other program on the port stops the run
// with a message saying so. Specs that start servers of their own use E2E_PORT + 1 and + 2.
// The test runner stands in for a trusted proxy (TRUSTED_PROXIES), so a spec can act as
// another client by sending X-Forwarded-For; e2e/client-address.spec.ts checks a server with
// no trusted proxy, where that header changes nothing.
const E2E_DATA = './data/e2e';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  globalSetup: './e2e/support/global-setup.ts',
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'staff-setup',
      testMatch: /staff\.setup\.ts$/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
    {
      name: 'desktop',
      dependencies: ['staff-setup'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: {
    command: `npx tsx e2e/support/port-free.ts && rm -rf ${E2E_DATA} && npm start`,
    url: `http://127.0.0.1:${PORT}${E2E_SERVER_PATH}`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    env: {
      PORT: String(PORT),
      PUBLIC_URL: `http://127.0.0.1:${PORT}`,
      DATABASE_URL: `file:${E2E_DATA}/onekind.db`,
      DATA_DIR: E2E_DATA,
      SETUP_CODE: E2E_SETUP_CODE,
      E2E_SERVER_TOKEN,
      TRUSTED_PROXIES: '127.0.0.1, ::1',
      // Request logs would drown the test report; warnings and errors still show.
      LOG_LEVEL: 'warn',
    },
    stdout: 'pipe',
  },
});
