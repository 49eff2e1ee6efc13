/**
 * The README's Content-Security-Policy headers (tests/readmeCsp.ts reads them from the README),
 * served on every page as a host would: the dashboard's on `./` and `en/`, the embeds' on
 * `embed/**`, iframes included. Under them nothing is blocked, the chart paints, controls and
 * tooltips work, and the embed dialog's live preview loads in the dashboard.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { EMBEDDABLE_VIEWS } from '../../src/view/views.ts';
import { MESSAGES } from './messages.ts';
import config from '../../playwright.config.ts';
import { readmeCsp } from '../readmeCsp.ts';
import { test, expect, reach } from './fixtures.ts';

const es = MESSAGES.es;
const CSP = readmeCsp();

// Pages here are served through Playwright (route.fulfill, to add the header), which leaves them
// without an address space: Chromium's Local Network Access checks would then treat them as
// public and block a sandboxed (opaque-origin) iframe's requests to 127.0.0.1. A real host has
// no such problem, so these checks are off for this file only.
const launch = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), '--disable-features=LocalNetworkAccessChecks'] } });

async function serveWithCsp(context: BrowserContext) {
  await context.route(
    (url) => !/\.[a-z0-9]+$/i.test(url.pathname) || url.pathname.endsWith('.html'), // pages, not assets
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const csp = /\/embed\//.test(new URL(route.request().url()).pathname) ? CSP.embed : CSP.dashboard;
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    },
  );
  // In every frame, before its scripts: record what the policy blocked.
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

// Hydration waits for React, the data and, on world pages, 214 KB of Epoch's data: on a busy
// 2-core machine that took over 5 s (the default), as in the other specs' LOAD_MS.
const LOAD_MS = 20_000;

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test.beforeEach(async ({ context }) => serveWithCsp(context));

test('the dashboard under its CSP: painted, a control works, the embed preview loads, nothing blocked', async ({ page }) => {
  const response = await page.goto('./');
  expect(response!.headers()['content-security-policy']).toBe(CSP.dashboard);
  const chart = page.getByRole('main').locator('svg[role="graphics-document"]').first();
  await expect(chart).toBeVisible();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate', { timeout: LOAD_MS });
  // Colours come through: the inline critical CSS and the full stylesheet both apply.
  expect(await chart.locator('[data-bar] rect[style]').first().evaluate((r) => getComputedStyle(r).fill)).not.toBe('rgb(0, 0, 0)');

  await page.locator('label').filter({ has: page.getByRole('radio', { name: es.scales.linear, exact: true }) }).click();
  await expect(page).toHaveURL(/scale=linear/);
  await expect(page.getByRole('radio', { name: es.scales.linear, exact: true })).toBeChecked();

  await page.getByRole('button', { name: es.export.embed }).first().click();
  const preview = page.frameLocator('dialog iframe');
  await expect(preview.locator('svg[role="graphics-document"]').first()).toBeVisible({ timeout: LOAD_MS });
  await preview.locator('[data-bar]').first().hover();
  await expect(preview.locator('html')).toHaveAttribute('data-ready', '', { timeout: LOAD_MS });
  expect(await violations(page)).toEqual([]);
  for (const frame of page.frames()) expect(await frame.evaluate(() => (window as unknown as { __violations: string[] }).__violations), frame.url()).toEqual([]);
});

/** The file the page was loaded from; the head script may then show another address. */
const documentUrl = (page: Page) => page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name);

test('the dashboard in English (its own file) under its CSP', async ({ page }) => {
  await page.goto('./?lang=en');
  expect(await documentUrl(page)).toMatch(/\/en\/\?lang=en$/);
  await expect(page).toHaveURL(/\/en\/\?lang=en$/); // the file's own address, as the app writes it (src/embed/addressPath.ts)
  await expect(page.getByRole('heading', { level: 1, name: MESSAGES.en.appName })).toBeVisible();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate', { timeout: LOAD_MS });
  expect(await violations(page)).toEqual([]);
});

test('a world view’s prerendered page (its own file) under the dashboard’s CSP', async ({ page }) => {
  const response = page.waitForResponse((r) => /\/clusters\/(?:\?|$)/.test(r.url()));
  await page.goto('./?v=clusters');
  expect((await response).headers()['content-security-policy']).toBe(CSP.dashboard);
  expect(await documentUrl(page)).toMatch(/\/clusters\/\?v=clusters$/);
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate', { timeout: LOAD_MS });
  await expect(page.getByRole('main').locator('svg[role="graphics-document"]').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

for (const chart of EMBEDDABLE_VIEWS) {
  test(`embed/${chart}/ under the embeds' CSP: painted, hydrated on hover, nothing blocked`, async ({ page }) => {
    const response = await page.goto(`embed/${chart}/`);
    expect(response!.headers()['content-security-policy']).toBe(CSP.embed);
    await expect(page.locator('svg[role="graphics-document"]').first()).toBeVisible();
    await page.locator('main').hover();
    await reach(page);
    await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate', { timeout: LOAD_MS });
    expect(await violations(page)).toEqual([]);
  });
}

test('a custom-view embed renders on the client under the embeds’ CSP, and its tooltip works', async ({ page }) => {
  await page.goto('embed/gpus/?metric=bf16&lang=en');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'render');
  await page.locator('[data-bar]').first().hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
