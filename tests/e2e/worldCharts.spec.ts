/**
 * Models over time and chips over time (issue 11, views 4 and 5) in a real browser: the world
 * data loads only when the view opens, a control changes the URL, Back restores it, a reload
 * keeps it, a failed load offers Retry, the embeds render sandboxed, and axe finds nothing.
 */
import type { Page } from '@playwright/test';
import { MESSAGES } from './messages.ts';
import { test, expect, expectNoAxeViolations, reach } from './fixtures.ts';

const en = MESSAGES.en;
const w = MESSAGES.en.worldCharts;
const chart = (page: Page) => page.getByRole('main').locator('svg[role="graphics-document"]').first();
/** The shown marks: a filter keeps the ones it leaves out in place, out of sight. */
const marks = (page: Page) => chart(page).locator('[role="graphics-symbol"]:visible');
/** The frame draws its chart once it has measured its width: wait for the marks, then count. */
async function markCount(page: Page): Promise<number> {
  await expect(marks(page).first()).toBeVisible();
  return marks(page).count();
}

test('models over time: opened from its tab, loads the world data then, and the weights filter lives in the URL', async ({ page }) => {
  // axe walks every mark (hundreds here): slow on a busy 2-core machine.
  test.setTimeout(120_000);
  const worldRequests: string[] = [];
  page.on('request', (r) => /\/data\/world[.\w]*\.json/.test(r.url()) && worldRequests.push(r.url()));
  await page.goto('./?lang=en');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  expect(worldRequests).toEqual([]);

  await page.getByRole('link', { name: en.views['world-models'] }).click();
  await expect(page).toHaveURL(/[?&]v=world-models/);
  await expect(page.getByRole('heading', { name: w.modelsTitle })).toBeVisible();
  expect(worldRequests.length).toBe(1);
  const all = await markCount(page);
  expect(all).toBeGreaterThan(400);
  await expect(chart(page).locator('[data-label="alia-40b"] text')).toHaveText('ALIA-40b');
  await expect(page.getByRole('note').filter({ hasText: /Training compute grows ×[\d.]+ a year/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Data: Epoch AI (CC BY 4.0)' })).toHaveAttribute('href', /epoch\.ai/);

  await page.getByText(w.accessOpen, { exact: true }).click();
  await expect(page).toHaveURL(/[?&]access=open/);
  await expect.poll(() => markCount(page)).toBeLessThan(all);
  const open = await markCount(page);

  await page.goBack();
  await expect(page).not.toHaveURL(/access=/);
  await expect(marks(page)).toHaveCount(all);
  await page.goForward();
  await expect(page).toHaveURL(/[?&]access=open/);
  await page.reload();
  await expect(page.getByRole('radio', { name: w.accessOpen })).toBeChecked();
  await expect(marks(page)).toHaveCount(open);
  await expectNoAxeViolations(page);
});

test('the weights filter moves nothing under the models chart', { tag: '@phone' }, async ({ page }) => {
  await page.goto('./world-models/?v=world-models&lang=en');
  await expect(chart(page)).toBeVisible();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'world-models');
  const all = await markCount(page);
  const download = page.getByRole('button', { name: 'Show the data as a table' });
  // What follows the chart, measured from the chart (on a phone the controls' fold stays open above it).
  const offset = async () => Math.round((await download.boundingBox())!.y - (await chart(page).boundingBox())!.y);
  const before = await offset();
  for (const option of [w.accessClosed, w.accessOpen, w.accessAll]) {
    await page.getByText(option, { exact: true }).click();
    await expect(page.getByRole('radio', { name: option })).toBeChecked();
    if (option !== w.accessAll) await expect.poll(() => markCount(page)).toBeLessThan(all);
    expect(await offset(), option).toBe(before);
  }
});

test('chips over time: FP8 in the URL, H100 and H800 labelled, tooltip with price', { tag: '@phone' }, async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./?v=world-chips&lang=en');
  // The prerendered page shows the controls before the app has taken it over (Epoch's data and
  // the view's strings first); a click on them before then is the browser's, not the app's.
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(page.getByRole('heading', { name: w.chipsTitle('BF16') })).toBeVisible();
  for (const name of ['H100 SXM', 'H800']) await expect(chart(page).getByText(name, { exact: true })).toBeVisible();
  const bf16 = await markCount(page);
  await page.getByText('FP8', { exact: true }).click();
  await expect(page).toHaveURL(/[?&]basis=fp8/);
  await expect(page.getByRole('heading', { name: w.chipsTitle('FP8') })).toBeVisible();
  await expect.poll(() => markCount(page)).toBeLessThan(bf16);
  await page.goBack();
  await expect(page.getByRole('heading', { name: w.chipsTitle('BF16') })).toBeVisible();

  // Where chips crowd, a tap on a point can land on a neighbour's; a tap on a name picks its chip
  // (the names are drawn over the marks, and a box where each name is answers for its mark).
  const id = await chart(page).locator('[data-label]').filter({ has: page.getByText('H100 SXM', { exact: true }) }).getAttribute('data-label');
  await chart(page).locator(`[data-name-box="${id}"]`).click();
  await expect(page.getByRole('tooltip')).toContainText('H100 SXM');
  await expect(page.getByRole('tooltip')).toContainText(w.price);
  // Readable on a phone: nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test('a failed world load says so and Retry loads it', async ({ page, allowFailedRequest, allowConsoleError }) => {
  allowFailedRequest(/\/data\/world\.json$/);
  allowConsoleError(/world\.json|Failed to load resource/);
  let fail = true;
  await page.route(/\/data\/world\.json$/, (route) => (fail ? route.abort() : route.continue()));
  // From another view: `?v=world-models` alone opens the prerendered page, which fetches the world file its copy was built with (worldPages.spec.ts).
  await page.goto('./?lang=en');
  // The app's own tab (hydrated), not the link followed before it starts (that opens the prerendered page).
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', /.+/);
  await page.getByRole('link', { name: en.views['world-models'] }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  fail = false;
  await page.getByRole('alert').getByRole('button', { name: en.retry }).click();
  await expect(page.getByRole('heading', { name: w.modelsTitle })).toBeVisible();
});

for (const id of ['world-models', 'world-chips'] as const)
  test(`embed/${id}/ renders in a sandboxed iframe, prerendered with the data`, async ({ page, baseURL }) => {
    const site = new URL('./', baseURL).href;
    const html = await (await page.request.get(`${site}embed/${id}/`)).text();
    expect((html.match(/role="graphics-symbol"/g) ?? []).length).toBeGreaterThan(20); // drawn without scripts
    const blog = new URL('/__blog/world.html', site).href;
    await page.route(blog, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>post</title><iframe title="${en.views[id]}" src="${site}embed/${id}/?lang=en" sandbox="allow-scripts allow-popups" width="800" height="900"></iframe></html>` }),
    );
    await page.goto(blog);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('svg[role="graphics-document"]').first()).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Data: Epoch AI (CC BY 4.0)' })).toBeVisible();
  });
