// End-to-end tests: the built app (vite preview) driven in Debian's Chromium, never a downloaded browser.
import { defineConfig, devices } from '@playwright/test';

// Not 4173, so a running `npm start` never collides with the tests.
const PORT = Number(process.env.E2E_PORT ?? 4317);
// E2E_OUTDIR serves another build (several working copies on one machine).
const OUT_DIR = process.env.E2E_OUTDIR ?? 'dist';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // On CI, a test that fails is run once more, with a trace: a stall of a loaded machine (a renderer
  // that draws no frame for a minute) is told apart from a failure, and the run lists it as flaky.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'fr-FR',
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: chromium,
      // Chromium's own background traffic would be refused by a closed network; keep it quiet.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      testIgnore: /mobile\.spec\.ts/,
    },
    {
      name: 'phone',
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
      testMatch: /mobile\.spec\.ts/,
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
