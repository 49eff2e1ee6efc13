/**
 * The chart kit's tooltip is an overlay: opening or closing it never changes the page's height,
 * so a click that follows a blur lands where the reader aimed (issue 14's lost first click), and
 * it stays inside the window however long its text.
 */
import type { Page } from '@playwright/test';
import { test, expect, reach } from './fixtures.ts';
import { MESSAGES } from './messages.ts';

const m = MESSAGES.es;

async function open(page: Page, url: string) {
  await page.goto(url);
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  // The money view is loaded on demand: measure the page once its chart is drawn, not before.
  await expect(marks(page).last()).toBeVisible();
}
const marks = (page: Page) => page.getByRole('main').locator('svg[role="graphics-document"]').first().locator('[role="graphics-symbol"]');
const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

test('a tooltip open at the bottom of the page neither grows nor shortens it, and stays in the window', { tag: '@phone' }, async ({ page }) => {
  await open(page, './?v=money');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const before = await pageHeight(page);
  const last = marks(page).last();
  await last.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  expect(await pageHeight(page)).toBe(before);
  const box = (await tooltip.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  expect(await tooltip.evaluate((el) => getComputedStyle(el).overflowWrap)).toBe('anywhere');
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  expect(await pageHeight(page)).toBe(before);
});

test('the first click after a tooltip closes is not lost: the CSV downloads', async ({ page }) => {
  await open(page, './?v=money');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await marks(page).last().focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  const csv = page.getByRole('main').getByRole('button', { name: m.downloadCsv }).first();
  const download = page.waitForEvent('download');
  await csv.click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await expect(page.getByRole('tooltip')).toBeHidden();
});

test('a tooltip breaks its values between words, not inside one, when the labels are long', async ({ page }) => {
  const en = MESSAGES.en;
  // Decommissioned clusters carry every line, the longest label ("In the standard analysis") among them.
  await page.goto('./?v=clusters&status=decommissioned&lang=en');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'clusters');
  await page.getByRole('main').locator('svg[role="graphics-document"] [role="graphics-symbol"]').first().focus();
  const value = page.getByRole('tooltip').locator('dd').filter({ hasText: en.clusters.statuses.decommissioned });
  await expect(value).toBeVisible();
  // One line box for the one word: a word broken across lines has two.
  const lines = await value.evaluate((dd) => {
    const range = document.createRange();
    range.selectNodeContents(dd);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
});
