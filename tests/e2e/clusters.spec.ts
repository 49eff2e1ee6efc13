/**
 * Clusters over time (issue 11, view 1) as a reader uses it: open the view (the world data loads
 * then, not before), filter by region (the URL changes), Back restores, reload keeps it; the
 * embed paints in a sandboxed iframe; axe finds nothing.
 */
import { MESSAGES } from './messages.ts';
import { test, expect, expectNoAxeViolations, reach, unfold } from './fixtures.ts';

const en = MESSAGES.en;
/** The world file is 1.8 MB of JSON: on a busy 2-core machine its first paint can take seconds. */
const LOAD_MS = 20_000;
type Scope = Pick<import('@playwright/test').Page, 'locator'>;
// Shown marks: a filter hides the others in place (display: none), it does not remove them.
const marks = (page: Scope) => page.locator('svg[role="graphics-document"] [role="graphics-symbol"]:visible');
// Playwright's getByRole does not know the graphics-* roles: find the chart by its <title>.
const chart = (page: Scope, title: string) => page.locator('svg[role="graphics-document"]', { has: page.locator(`title:text-is("${title}")`) });

test('open the view, filter by region: the URL changes, Back restores, reload keeps it', { tag: '@phone' }, async ({ page }) => {
  await page.goto('./?lang=en');
  const worldRequests: string[] = [];
  page.on('request', (r) => /\/data\/world[.\w]*\.json/.test(r.url()) && worldRequests.push(r.url()));
  await unfold(page, en.viewsLabel);
  await page.getByRole('link', { name: en.views.clusters }).click();
  await expect(page).toHaveURL(/v=clusters/);
  await expect(chart(page, en.clusters.title)).toBeVisible({ timeout: LOAD_MS });
  expect(worldRequests.length).toBe(1);
  const all = await marks(page).count();
  expect(all).toBeGreaterThan(400);
  await expect(page.locator('[role="graphics-symbol"][aria-label^="MareNostrum 5 ACC: 4,480 H100-equivalents"]')).toHaveCount(1);
  await expect(page.getByText('Data: Epoch AI (CC BY 4.0)')).toBeVisible({ timeout: LOAD_MS });
  // The tab is a link: before the app runs, the browser follows it to the view's prerendered
  // page, whose app starts when the reader reaches for it. `check()` wants the box checked at
  // once, so wait for the app (a click before it is held and applied then: boot.spec.ts).
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'clusters', { timeout: LOAD_MS });

  await unfold(page, en.clusters.filters);
  await page.getByRole('checkbox', { name: /Spain/ }).check({ force: true });
  await expect(page).toHaveURL(/wregion=spain/);
  await expect.poll(() => marks(page).count()).toBeLessThan(all);
  const spain = await marks(page).count();
  expect(spain).toBeGreaterThan(0);

  await page.goBack();
  await expect(page).not.toHaveURL(/wregion=/);
  await expect.poll(() => marks(page).count()).toBe(all);
  await page.goForward();
  await expect(page).toHaveURL(/wregion=spain/);
  await page.reload();
  await unfold(page, en.clusters.filters);
  await expect(page.getByRole('checkbox', { name: /Spain/ })).toBeChecked();
  await expect.poll(() => marks(page).count()).toBe(spain);

  // On a phone, the page never scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a sector filter moves nothing: the chart keeps its height, what follows it stays put, and the key draws the hidden sectors off', { tag: '@phone' }, async ({ page }) => {
  await page.goto('./clusters/?v=clusters&lang=en');
  await expect(chart(page, en.clusters.title)).toBeVisible({ timeout: LOAD_MS });
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'clusters', { timeout: LOAD_MS });
  const svg = chart(page, en.clusters.title);
  const sources = page.getByText('Data: Epoch AI (CC BY 4.0)').last();
  const height = await svg.getAttribute('height');
  const all = await marks(page).count();
  await unfold(page, en.clusters.filters);
  await page.getByRole('checkbox', { name: en.clusters.sectors.public, exact: true }).check({ force: true });
  await expect(page).toHaveURL(/sector=public/);
  await expect.poll(() => marks(page).count()).toBeLessThan(all);
  expect(await svg.getAttribute('height')).toBe(height);
  // What follows the chart, measured from the chart (on a phone the filters' fold stays open above it).
  const offset = async () => Math.round((await sources.boundingBox())!.y - (await svg.boundingBox())!.y);
  const withFilter = await offset();
  await page.getByRole('checkbox', { name: en.clusters.sectors.public, exact: true }).uncheck({ force: true });
  await expect.poll(() => marks(page).count()).toBe(all);
  expect(await offset()).toBe(withFilter);
  await page.getByRole('checkbox', { name: en.clusters.sectors.public, exact: true }).check({ force: true });
  const off = svg.locator('[data-off] text');
  const named = (name: string) => off.filter({ hasText: new RegExp(`^${name}$`) });
  await expect(named(en.clusters.sectors.private)).toHaveCSS('text-decoration-line', 'line-through');
  await expect(named(en.clusters.sectors.public)).toHaveCount(0);
  // The private trend's sentence stays under the chart, muted (no blank lines where it was), and still reads to axe's contrast rules.
  await expect(svg.locator('text[data-off]').filter({ hasText: /^Private: ×/ })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('a bad filter value is ignored and said so; the view still draws', async ({ page }) => {
  await page.goto('./?v=clusters&wregion=mars~spain&status=soon&lang=en');
  await expect(chart(page, en.clusters.title)).toBeVisible({ timeout: LOAD_MS });
  await expect(page.getByText(/mars/)).toBeVisible({ timeout: LOAD_MS });
  await expect(page.getByRole('checkbox', { name: /Spain/ })).toBeChecked();
});

test('the world data failing shows Retry, in the view\'s language, and Retry recovers', async ({ page, allowFailedRequest }) => {
  allowFailedRequest(/\/data\/world\.json$/);
  let fail = true;
  await page.route(/\/data\/world\.json$/, (route) => (fail ? route.abort() : route.fallback()));
  // From another view: `?v=clusters` alone opens the prerendered page, which fetches the world file its copy was built with (worldPages.spec.ts).
  await page.goto('./?lang=es');
  // The app's own tab (hydrated), not the link followed before it starts (that opens the prerendered page).
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', /.+/);
  await page.getByRole('link', { name: MESSAGES.es.views.clusters }).click();
  const retry = page.getByRole('button', { name: MESSAGES.es.retry });
  await expect(retry).toBeVisible({ timeout: LOAD_MS });
  fail = false;
  await retry.click();
  await expect(chart(page, MESSAGES.es.clusters.title)).toBeVisible({ timeout: LOAD_MS });
});

test('the embed renders in a sandboxed iframe', async ({ page, baseURL }) => {
  const site = new URL('./', baseURL).href;
  const host = new URL('/__blog/clusters.html', site).href;
  const body = `<!doctype html><html lang="en"><title>Post</title><body><h1>Post</h1><iframe title="${en.views.clusters}" src="${site}embed/clusters/?lang=en" width="100%" height="900" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="border:0"></iframe></body></html>`;
  await page.route(host, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
  await page.goto(host);
  const frame = page.frameLocator('iframe');
  // Prerendered with the world data: the chart is there before any script runs; scripts boot on
  // the first interaction (issue 10) and hydrate the same chart.
  await expect(chart(frame, en.clusters.title)).toBeVisible({ timeout: LOAD_MS });
  await page.locator('iframe').hover();
  await expect(chart(frame, en.clusters.title)).toBeVisible({ timeout: 20_000 });
  expect(await frame.locator('[role="graphics-symbol"]').count()).toBeGreaterThan(400);
  await expect(frame.getByRole('link', { name: 'Data: Epoch AI (CC BY 4.0)' })).toBeVisible({ timeout: LOAD_MS });
});

for (const theme of ['light', 'dark'])
  test(`axe: no violations on the view (${theme})`, async ({ page }) => {
    test.setTimeout(90_000); // axe walks ~600 marks
    await page.goto(`./?v=clusters&lang=en&theme=${theme}`);
    await expect(chart(page, en.clusters.title)).toBeVisible({ timeout: LOAD_MS });
    await expectNoAxeViolations(page);
  });
