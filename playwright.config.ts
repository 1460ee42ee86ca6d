import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in a real browser. Playwright cannot download its own browsers on
 * this project's machines, so by default it drives Debian's Chromium. Elsewhere, point
 * CHROME_PATH at your Chrome/Chromium (e.g. CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
 * or set PW_BUNDLED=1 after `npx playwright install chromium` to use Playwright's own.
 */
const executablePath = process.env.PW_BUNDLED ? undefined : (process.env.CHROME_PATH ?? '/usr/bin/chromium');

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: 'http://localhost:4173',
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    command: 'npm run build && npm run preview -- --port 4173 --strictPort',
    url: 'http://localhost:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
