import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/support/chromium';
import { E2E_SETUP_CODE } from './e2e/support/setup-code';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The end-to-end server gets its own, freshly seeded SQLite database, with no account: the
// staff-setup project creates the admin through /setup (with SETUP_CODE) and invites the maker.
const E2E_DATA = './data/e2e';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'staff-setup', testMatch: /staff\.setup\.ts$/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
    { name: 'desktop', dependencies: ['staff-setup'], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: {
    command: `rm -rf ${E2E_DATA} && npm start`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(PORT), PUBLIC_URL: `http://127.0.0.1:${PORT}`, DATABASE_URL: `file:${E2E_DATA}/onekind.db`, DATA_DIR: E2E_DATA, SETUP_CODE: E2E_SETUP_CODE },
    stdout: 'pipe',
  },
});
