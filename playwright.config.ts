/**
 * Browser tests: Playwright in the system's Chromium against `vite preview` of the production build.
 *
 * The build is NOT made here: run `npm run build` first (`.ci/run` does, as its own stage), then
 * `npm run test:e2e`. Building inside `webServer` would hide a build failure behind a server
 * time-out and build twice in CI; a missing `dist/` fails fast below, a stale one only warns.
 *
 * Browser: `CHROME_PATH`, else Debian's `/usr/bin/chromium` (`apt-get install chromium`).
 * `npx playwright install` cannot download browsers on this project's machines; don't use it.
 *
 * Projects:
 *  - `desktop` (1280×800) runs every spec except `*.phone.spec.ts`.
 *  - `phone` (360×740, touch) runs only `*.phone.spec.ts` files and tests tagged `@phone`
 *    (`test('…', { tag: '@phone' }, …)`), so a tagged test runs in both projects. Playwright
 *    matches `grep` against "project file describe title tags", so one regex covers both.
 */
import { defineConfig } from '@playwright/test';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const isCI = !!process.env.CI;
const root = fileURLToPath(new URL('.', import.meta.url));
// E2E_PORT lets several checkouts run their browser tests at once on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);
// A build made with BASE_PATH=/atlas/ is previewed under that sub-path; specs navigate with
// relative URLs (`page.goto('./')`) so they run the same at the root and under a sub-path.
const basePath = process.env.BASE_PATH ?? '/';
const baseURL = `http://127.0.0.1:${port}${basePath}`;

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeArgs = [
  '--no-sandbox', // CI and dev machines run as root
  '--disable-gpu',
  // The machines' network is closed: without these Chromium keeps dialling Google's hosts.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--disable-sync',
  '--no-first-run',
];

// Workers load this file too; check and warn once, in the main process.
if (process.env.TEST_WORKER_INDEX === undefined) checkBuild();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0, // a flaky test gets fixed, not retried
  workers: isCI ? 2 : undefined,
  globalTimeout: isCI ? 20 * 60_000 : undefined, // a hang fails CI well before its own 90-minute limit
  reporter: isCI ? 'list' : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    locale: 'es-ES',
    timezoneId: 'UTC',
    headless: true,
    launchOptions: { executablePath: chromePath, args: chromeArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /\.phone\.spec\.ts$/,
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      grep: /\.phone\.spec\.ts|@phone\b/,
      use: {
        browserName: 'chromium',
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    // --host pins IPv4 so `localhost` resolving to ::1 on some laptops can't split server and baseURL.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

/** Fails fast without a build; warns when sources changed after it (you'd test old code). */
function checkBuild(): void {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) {
    throw new Error('dist/index.html is missing: run `npm run build` before `npm run test:e2e`.');
  }
  if (isCI) return;
  const builtAt = statSync(built).mtimeMs;
  const newer = ['src', 'data', 'public', 'index.html'].find((p) => newestMtime(join(root, p)) > builtAt);
  if (newer) console.warn(`⚠ ${newer} changed after the last build: run \`npm run build\` to test it.`);
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), 0);
}
