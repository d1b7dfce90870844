import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The end-to-end server gets its own, freshly seeded SQLite database.
/** The maker area's secret on the end-to-end server (e2e/maker.spec.ts signs in with it). */
export const E2E_MAKER_SECRET = 'e2e-maker-secret-do-not-use-in-production';
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
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: {
    command: `rm -rf ${E2E_DATA} && npm start`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:${E2E_DATA}/onekind.db`,
      DATA_DIR: E2E_DATA,
      MAKER_SECRET: E2E_MAKER_SECRET,
      // TEMPORARY (auth shim): every request is a brand admin. studio-auth replaces this with real sign-in.
      STUDIO_DEV_ADMIN: '1',
    },
    stdout: 'pipe',
  },
});
