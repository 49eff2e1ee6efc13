/**
 * Search and pin (issue 11): by keyboard only, a pin lands in the URL and survives a reload; the
 * world data is not fetched for the default view until the search is used; compare and the
 * what-if take Epoch's entities; no axe violations with the list open.
 */
import type { Page } from '@playwright/test';
import { MESSAGES } from './messages.ts';
import { test, expect, expectNoAxeViolations, reach } from './fixtures.ts';

const en = MESSAGES.en;

async function open(page: Page, url: string) {
  await page.goto(url);
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
}

const WORLD = /\/data\/world[^/]*\.json(\?.*)?$/;

test('search by keyboard pins an entity, and the pin survives reload', async ({ page }) => {
  const worldRequests: string[] = [];
  page.on('request', (r) => WORLD.test(r.url()) && worldRequests.push(r.url()));
  await open(page, './?lang=en');
  await expect(page.getByRole('main').locator('svg[role="graphics-document"]').first()).toBeVisible();
  expect(worldRequests, 'the default view does not fetch the world data').toEqual([]);

  const box = page.getByRole('combobox', { name: en.search.label });
  await box.focus();
  await expect.poll(() => worldRequests.length, { message: 'focusing the search fetches it' }).toBeGreaterThan(0);
  await page.keyboard.type('meta 100k');
  const list = page.getByRole('listbox', { name: en.search.label });
  await expect(list.getByRole('option').first()).toContainText('Meta 100k');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]pin=meta-100k(&|$)/);

  const chips = page.getByRole('list', { name: en.search.pinned });
  await expect(chips).toContainText('Meta 100k');
  // The GPU chart draws the pinned Epoch cluster, with Epoch's credit.
  const bar = page.getByRole('main').locator('[role="graphics-symbol"][aria-label^="Meta 100k:"]');
  await expect(bar).toHaveCount(1);
  await expect(bar).toHaveAttribute('aria-label', /pinned/);
  await expect(page.getByRole('main')).toContainText('Epoch AI (CC BY 4.0)');

  await page.reload();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(page).toHaveURL(/[?&]pin=meta-100k(&|$)/);
  await expect(page.getByRole('list', { name: en.search.pinned })).toContainText('Meta 100k');
  await expect(page.getByRole('main').locator('[role="graphics-symbol"][aria-label^="Meta 100k:"]')).toHaveCount(1);

  // Unpin by keyboard: Delete on the chip's button.
  await page.getByRole('button', { name: en.search.unpin('Meta 100k') }).focus();
  await page.keyboard.press('Delete');
  await expect(page).not.toHaveURL(/pin=/);
});

test('an unknown pinned id is dropped with a notice once the world data is known', async ({ page }) => {
  await open(page, './?lang=en&pin=meta-100k~no-such-cluster');
  await expect(page.getByRole('status').filter({ hasText: en.ignoredTitle })).toContainText('no-such-cluster');
  await expect(page).toHaveURL(/[?&]pin=meta-100k(&|$)/);
  await expect(page.getByRole('list', { name: en.search.pinned })).toContainText('Meta 100k');
});

test('a pinned cluster without a GPU count is named beside the chart, and can be unpinned there', async ({ page }) => {
  // xAI's planned 5-year cluster: Epoch gives H100-equivalents, no GPU count.
  await open(page, './?lang=en&pin=xai-5-year-plan~meta-100k&show=top');
  const note = page.getByText('xAI 5 year plan: no GPU count in the data — no bar');
  await expect(note).toBeVisible();
  const bar = (name: string) => page.getByRole('main').locator(`[role="graphics-symbol"][aria-label^="${name}:"]`);
  await expect(bar('Meta 100k')).toHaveCount(1);
  await expect(bar('xAI 5 year plan')).toHaveCount(0);
  // By H100-equivalents it has a bar, and nothing is left to explain.
  await page.locator('label').filter({ has: page.getByRole('radio', { name: en.metrics.h100e, exact: true }) }).click();
  await expect(bar('xAI 5 year plan')).toHaveCount(1);
  await expect(note).toHaveCount(0);
  await page.locator('label').filter({ has: page.getByRole('radio', { name: en.metrics.accelerators, exact: true }) }).click();
  await page.getByRole('main').getByRole('button', { name: en.search.unpin('xAI 5 year plan') }).first().click();
  await expect(page).toHaveURL(/[?&]pin=meta-100k(&|$)/);
  await expect(note).toHaveCount(0);
});

test('compare two Epoch clusters', async ({ page }) => {
  await open(page, './?v=compare&a=xai-colossus-memphis-phase-3&b=meta-100k&lang=en');
  const main = page.getByRole('main');
  await expect(main.getByRole('combobox', { name: en.compare.pickA, exact: true })).toHaveValue('xai-colossus-memphis-phase-3');
  await expect(main.getByText(/xAI Colossus Memphis Phase 3.*= 2\.3 ×.*Meta 100k/).first()).toBeVisible();
  await expect(main).toContainText('Epoch AI (CC BY 4.0)');
});

test('what-if with an Epoch model, picked by its search box', async ({ page }) => {
  await open(page, './?v=whatif&lang=en');
  const box = page.getByRole('combobox', { name: en.search.searchModel });
  await box.click();
  await page.keyboard.type('grok 4');
  await expect(page.getByRole('listbox', { name: en.search.searchModel }).getByRole('option').first()).toContainText('Grok 4');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]model=grok-4(&|$)/);
  await expect(page.getByRole('combobox', { name: en.whatif.model, exact: true })).toHaveValue('grok-4');
  await expect(page.getByText(/to train Grok 4 with/).first()).toBeVisible();
});

test('no axe violations with the list open, light and dark', async ({ page }) => {
  // Two full scans of a page with a chart of dozens of bars: slow on a busy 2-core machine.
  test.setTimeout(180_000);
  for (const theme of ['light', 'dark']) {
    await open(page, `./?lang=en&theme=${theme}`);
    await page.getByRole('combobox', { name: en.search.label }).focus();
    await page.keyboard.type('mare');
    await expect(page.getByRole('listbox', { name: en.search.label }).getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(page);
  }
});
