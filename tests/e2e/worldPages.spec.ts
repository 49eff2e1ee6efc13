/**
 * The dashboard's world views, prerendered (issue 11): each world view's default state has a page
 * of its own per language (`clusters/`, `clusters/en/`…). `/?v=clusters` reaches it through the
 * head script and keeps showing `/?v=clusters`; the page paints its chart without scripts, asks for
 * the world data once painted, hydrates with it when the reader reaches, and the app works as anywhere else.
 */
import { MESSAGES } from './messages.ts';
import { test, expect, reach } from './fixtures.ts';

const { es, en } = MESSAGES;
const LOAD_MS = 20_000;
type Scope = Pick<import('@playwright/test').Page, 'locator'>;
// Shown marks: a filter hides the others in place (display: none), it does not remove them.
const marks = (page: Scope) => page.locator('svg[role="graphics-document"] [role="graphics-symbol"]:visible');
// Playwright's getByRole does not know the graphics-* roles: find the chart by its <title>.
const chart = (page: Scope, title: string) => page.locator('svg[role="graphics-document"]', { has: page.locator(`title:text-is("${title}")`) });
const isWorldFile = (url: string) => /\/data\/world[.\w]*\.json$/.test(url);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // Chromium still sees the module preloads and refuses them ("csp"): expected, scripts are off.
  test.beforeEach(({ allowFailedRequest }) => allowFailedRequest(/\/assets\/[\w.-]+\.js$/));

  for (const [view, title] of [
    ['clusters', es.clusters.title],
    ['where', es.views.where],
    ['world-models', es.views['world-models']],
    ['world-chips', es.views['world-chips']],
    ['as-of', es.views['as-of']],
  ] as const)
    test(`${view}/ paints the headline and its chart`, async ({ page }) => {
      await page.goto(`./${view}/`);
      await expect(page.getByRole('heading', { level: 1, name: es.appName })).toBeVisible();
      await expect(page.getByRole('heading', { name: es.headlineTitle })).toBeVisible();
      await expect(page.getByRole('link', { name: es.views[view] })).toHaveAttribute('aria-current', 'page');
      const svg = page.locator('main svg[role="graphics-document"]').first();
      await expect(svg).toBeVisible();
      // The headline is folded to one line (it opens without scripts, a native disclosure), so
      // the view the visit came for starts on the first screen.
      await expect(page.getByRole('region', { name: es.headlineTitle }).getByRole('article')).toHaveCount(0);
      expect((await page.locator('main figure').first().boundingBox())!.y).toBeLessThan(page.viewportSize()!.height);
      await page.locator('section[aria-labelledby="headline-title"] > details > summary').click();
      await expect(page.getByRole('region', { name: es.headlineTitle }).getByRole('article')).toHaveCount(2);
      expect(await svg.locator('[role="graphics-symbol"], rect, path, circle').count()).toBeGreaterThan(5);
      if (view === 'clusters') await expect(chart(page, title)).toBeVisible();
    });

  test('clusters/en/ is the English copy', async ({ page }) => {
    await page.goto('./clusters/en/');
    await expect(page.getByRole('heading', { level: 1, name: en.appName })).toBeVisible();
    await expect(chart(page, en.clusters.title)).toBeVisible();
    expect(await marks(page).count()).toBeGreaterThan(400);
  });
});

test('an old root link /?v=clusters moves to the prerendered page and shows its address, hydrates it, and a filter and a tab switch work', async ({ page, baseURL }) => {
  test.setTimeout(90_000); // five views' worth of loading and 600 marks filtered, on a busy 2-core machine
  const world: string[] = [];
  page.on('request', (r) => isWorldFile(r.url()) && world.push(new URL(r.url()).pathname));
  await page.goto('./?v=clusters');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate', { timeout: LOAD_MS });
  // The head script moved the visit to clusters/, whose address the page shows: the one the app
  // writes and a reader copies, which opens in one navigation (src/embed/addressPath.ts).
  expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name)).toMatch(/\/clusters\/\?v=clusters$/);
  expect(page.url()).toBe(new URL('./clusters/?v=clusters', baseURL).href);
  const all = await marks(page).count();
  expect(all).toBeGreaterThan(400);
  // Once, the file the copy was rendered with (the reader reached at once: the app fetched it, the boot script did not).
  expect(world).toHaveLength(1);
  expect(world[0]).toMatch(/\/data\/world\.[0-9a-f]+\.json$/);

  await page.getByRole('checkbox', { name: new RegExp(es.clusters.regions.spain) }).check({ force: true });
  // No file holds this view's copy: its address is the site's, which renders it.
  await expect(page).toHaveURL(new URL('./?v=clusters&wregion=spain', baseURL).href);
  await expect.poll(() => marks(page).count()).toBeLessThan(all);
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');

  // The filters stay in the address for when the reader comes back to the view.
  await page.getByRole('link', { name: es.views.where }).click();
  await expect(page).toHaveURL(/\?v=where&wregion=spain$/);
  await expect(page.getByRole('link', { name: es.views.where })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('main svg[role="graphics-document"]').first()).toBeVisible({ timeout: LOAD_MS });
  await page.getByRole('link', { name: es.views.gpus }).click();
  await expect(page).toHaveURL(new URL('./?wregion=spain', baseURL).href);
  await expect(chart(page, es.gpusTitle(es.metrics.accelerators))).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\?v=clusters&wregion=spain$/);
  await expect(page.getByRole('checkbox', { name: new RegExp(es.clusters.regions.spain) })).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(new URL('./clusters/?v=clusters', baseURL).href);
  await expect(page.getByRole('checkbox', { name: new RegExp(es.clusters.regions.spain) })).not.toBeChecked();
  expect(world).toHaveLength(1);
});

test('the address the app writes for a world view opens it in one navigation, and a reload keeps it', async ({ page, baseURL }) => {
  await page.goto('./');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate', { timeout: LOAD_MS });
  await expect(page.getByRole('link', { name: es.views.clusters })).toHaveAttribute('href', /\/clusters\/\?v=clusters$/);
  await page.getByRole('link', { name: es.views.clusters }).click();
  await expect(page).toHaveURL(new URL('./clusters/?v=clusters', baseURL).href);
  const documents: string[] = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && documents.push(f.url()));
  await page.reload();
  await expect(chart(page, es.clusters.title)).toBeVisible();
  // One document: the file that holds the copy, at the address the reader had.
  expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name)).toBe(new URL('./clusters/?v=clusters', baseURL).href);
  expect(documents).toEqual([new URL('./clusters/?v=clusters', baseURL).href]);
  expect(await marks(page).count()).toBeGreaterThan(400);
});

test('a reader who reads first: the world data comes after the chart is painted, and reaching later does not fetch it again', async ({ page }) => {
  const world: string[] = [];
  page.on('request', (r) => isWorldFile(r.url()) && world.push(r.url()));
  const asked = page.waitForRequest((r) => isWorldFile(r.url()));
  await page.goto('./?v=clusters');
  const file = (await asked).url();
  // Asked for by the boot script with nobody reaching: once the page has loaded, not beside the HTML.
  const [loaded, start] = await page.evaluate((url) => [
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    performance.getEntriesByName(url)[0]?.startTime ?? Infinity,
  ], file);
  expect(loaded).toBeGreaterThan(0);
  expect(start).toBeGreaterThan(loaded);
  expect(await marks(page).count()).toBeGreaterThan(400);
  await expect(page.locator('html')).not.toHaveAttribute('data-mount');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate', { timeout: LOAD_MS });
  await page.getByRole('checkbox', { name: new RegExp(es.clusters.regions.spain) }).check({ force: true });
  await expect(page).toHaveURL(/\?v=clusters&wregion=spain$/);
  expect(world).toEqual([file]);
});

test('?v=clusters&lang=en lands on the English copy and hydrates it', async ({ page, baseURL }) => {
  await page.goto('./?v=clusters&lang=en');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate', { timeout: LOAD_MS });
  expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name)).toMatch(/\/clusters\/en\/\?v=clusters&lang=en$/);
  expect(page.url()).toBe(new URL('./clusters/en/?v=clusters&lang=en', baseURL).href);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(chart(page, en.clusters.title)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: en.appName })).toBeVisible();
});

test('the world data failing keeps the prerendered chart, with Retry beside it, and Retry hydrates it', async ({ page, allowFailedRequest }) => {
  allowFailedRequest(/\/data\/world\.[0-9a-f]+\.json$/);
  let fail = true;
  await page.route(/\/data\/world\.[0-9a-f]+\.json$/, (route) => (fail ? route.abort() : route.fallback()));
  await page.goto('./?v=clusters');
  await reach(page); // the app, and so the world data, come when the reader reaches for the page
  const retry = page.getByRole('button', { name: es.retry });
  await expect(retry).toBeVisible({ timeout: LOAD_MS });
  await expect(chart(page, es.clusters.title)).toBeVisible();
  fail = false;
  await retry.click();
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate', { timeout: LOAD_MS });
  await expect(retry).toBeHidden();
  await expect(chart(page, es.clusters.title)).toBeVisible();
});

for (const view of ['clusters', 'as-of', 'where', 'world-models', 'world-chips'] as const)
  test(`?v=${view} hydrates its prerendered copy without a mismatch`, async ({ page }) => {
    await page.goto(`./?v=${view}`);
    await reach(page);
    await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate', { timeout: LOAD_MS });
    // The view's code arrives after the first commit; React hydrates it then (or re-renders, 'recovered').
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('link', { name: es.views[view] })).toHaveAttribute('aria-current', 'page');
    await reach(page);
    await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
    expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name)).toContain(`/${view}/?v=${view}`);
  });

test.describe('before the app has loaded', () => {
  // The app's scripts never arrive: only the inline head script runs, as in the first moments of a visit.
  test.beforeEach(async ({ page, allowFailedRequest, allowConsoleError }) => {
    allowFailedRequest(/\/assets\/[\w.-]+\.js$/);
    allowConsoleError(/./);
    await page.route(/\/assets\/[\w.-]+\.js$/, (route) => route.abort());
  });

  test('a reader who chose English stays in English when following a tab', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: en.views.clusters }).click();
    await expect(page).toHaveURL(/v=clusters/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(chart(page, en.clusters.title)).toBeVisible({ timeout: LOAD_MS });
  });
});
