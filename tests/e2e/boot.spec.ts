import type { Page, Route } from '@playwright/test';
import { MESSAGES } from './messages.ts';
import { test, expect, reach } from './fixtures.ts';

/**
 * The dashboard's entry (src/app/boot.ts): a prerendered page loads no more script until the
 * reader reaches for it (pointer, touch, focus or key; src/embed/intent.ts). What the reader does
 * while the app loads is held and handed to it once it has hydrated (src/embed/replay.ts): a tap
 * on a toggle, text typed into the search box, an arrow key on a chart, a chip on a world page.
 * Orderings, not timings: the app's code is slowed down on purpose so the reader acts first.
 */

const es = MESSAGES.es;
const en = MESSAGES.en;

/** Scripts the page fetched (file names), in order. */
function scriptsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') names.push(new URL(r.url()).pathname.replace(/^.*\//, ''));
  });
  return names;
}

/** Holds back every script but the two the HTML names, so the reader acts before the app is there. */
async function slowApp(page: Page, ms = 1500): Promise<void> {
  await page.route(/\/assets\/.+\.js$/, async (route: Route) => {
    const named = await route.request().frame().evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="modulepreload"], script[type="module"][src]')].map((el) => ('href' in el ? el.href : el.src)),
    ).catch(() => [] as string[]);
    if (!named.includes(route.request().url())) await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

test('a reader who only reads the prerendered dashboard fetches no script but the boot files', async ({ page }) => {
  const scripts = scriptsOf(page);
  await page.goto('./');
  await expect(page.locator('[data-variant] [data-bar]').first()).toBeVisible();
  // Longer than any idle-time loading: nothing more comes without the reader.
  await page.waitForTimeout(1500);
  expect(scripts).toHaveLength(2);
  expect(scripts[0]).toMatch(/^main-.+\.js$/);
  expect(scripts[1]).toMatch(/^boot-.+\.js$/);
  await expect(page.locator('html')).not.toHaveAttribute('data-ready', '');
  // The page is complete without the app: each control shows its chosen option (the inline CSS
  // has the `:has(:checked)` rules; the whole stylesheet comes with the app).
  const background = (value: string) => page.locator(`label:has(input[value="${value}"])`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background('log')).not.toBe(await background('linear'));
  expect(await background('es')).not.toBe(await background('en'));
  // The first move over the page loads React, the app and the chart, and hydrates the copy.
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  expect(scripts.length).toBeGreaterThan(5);
});

test('a view with no prerendered copy starts the app at once, without the reader', async ({ page }) => {
  await page.goto('./?v=compare');
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'render');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
});

test('a click on a control before the app is there acts once it is: nothing is lost', async ({ page }) => {
  await slowApp(page);
  await page.goto('./');
  const linear = page.locator('label').filter({ has: page.getByRole('radio', { name: es.scales.linear, exact: true }) });
  await linear.click();
  // Held: the radio waits for the app instead of disagreeing with the chart.
  await expect(page.locator('html')).not.toHaveAttribute('data-ready', '');
  await expect(page.getByRole('radio', { name: es.scales.linear, exact: true })).not.toBeChecked();
  await expect(page).toHaveURL(/[?&]scale=linear(&|$)/, { timeout: 15_000 });
  await expect(page.getByRole('radio', { name: es.scales.linear, exact: true })).toBeChecked();
});

test('text typed into the search box before the app is there is searched once it is', async ({ page }) => {
  // Typing takes longer than a click: on a busy CI machine the app once arrived within the default
  // 1.5 s delay, before the check that the keys were typed ahead of it.
  await slowApp(page, 4000);
  await page.goto('./');
  const box = page.getByRole('combobox');
  await box.focus(); // keyboard only: the focus is what starts the app
  await page.keyboard.type('mare', { delay: 20 });
  await expect(page.locator('html')).not.toHaveAttribute('data-ready', '');
  await expect(page.getByRole('option').first()).toContainText('MareNostrum', { timeout: 15_000 });
  await expect(box).toHaveValue('mare');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]pin=/);
});

test('arrow keys on a chart before the app is there move along its marks once it is', async ({ page }) => {
  await slowApp(page);
  await page.goto('./');
  const marks = page.locator('[data-variant] svg[role="graphics-document"] [role="graphics-symbol"]');
  const first = await marks.nth(0).getAttribute('aria-label');
  const third = await marks.nth(2).getAttribute('aria-label');
  await marks.nth(0).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).not.toHaveAttribute('data-ready', '');
  await expect(page.locator('html')).toHaveAttribute('data-ready', '', { timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(third);
  expect(third).not.toBe(first);
  await expect(page.getByRole('tooltip')).toBeVisible();
});

test('a chip tapped on a prerendered world page before the app is there is applied once it is', { tag: '@phone' }, async ({ page }) => {
  test.setTimeout(60_000);
  await slowApp(page);
  await page.goto('./?v=world-chips&lang=en');
  await expect(page.getByRole('heading', { name: en.worldCharts.chipsTitle('BF16') })).toBeVisible();
  await page.getByText('FP8', { exact: true }).click();
  await expect(page).toHaveURL(/[?&]basis=fp8/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: en.worldCharts.chipsTitle('FP8') })).toBeVisible();
});
