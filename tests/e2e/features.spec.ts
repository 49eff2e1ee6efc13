/**
 * The issue-4 and issue-5 paths in a real browser: the SVG and PNG downloads show the same bars
 * as the screen, and the what-if answer ("how long would MareNostrum 5 take to train
 * DeepSeek-V3?") is reached in a click, lives in the address and survives a reload and an embed.
 * Expected numbers come from data/ and the papers, through the same metrics the app uses.
 */
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { MESSAGES } from './messages.ts';
import { test, expect, reach } from './fixtures.ts';

const result = loadDatasetFromDir(fileURLToPath(new URL('../../data', import.meta.url)));
if (!result.ok) throw new Error(result.messages.join('\n'));
const dataset = result.dataset;
const en = MESSAGES.en;

async function open(page: Page, url: string) {
  await page.goto(url);
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
}
const chart = (page: Page) => page.getByRole('main').locator('svg[role="graphics-document"]').first();

test('the SVG download is a standalone file with the same bars as the screen', async ({ page }) => {
  await open(page, './?region=europe&lang=en');
  const onScreen = await chart(page).locator('[data-bar]').evaluateAll((els) => els.map((e) => e.getAttribute('data-bar')));
  expect(onScreen.length).toBe(dataset.systems.filter((s) => s.region === 'europe' && s.acceleratorCount).length);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en.export.downloadSvg }).first().click()]);
  expect(download.suggestedFilename()).toBe('compute-atlas-gpus-en.svg');
  const svg = await readFile(await download.path(), 'utf8');
  expect(svg).not.toContain('var(--');
  // Open it on its own, as a blogger's image would be: same bars, same title.
  const standalone = await page.context().newPage();
  await standalone.setContent(svg);
  const bars = await standalone.locator('[data-bar]').evaluateAll((els) => els.map((e) => e.getAttribute('data-bar')));
  expect(bars).toEqual(onScreen);
  await expect(standalone.locator('svg').first()).toContainText(en.gpusTitle(en.metrics.accelerators));
  await standalone.close();
});

test('the PNG downloads are 1x, 2x and 3x images of the chart frame, named by scale', async ({ page }) => {
  await open(page, './?v=money&lang=en');
  const frame = page.getByRole('main').locator('figure').first();
  const width = (await frame.boundingBox())!.width;
  const widths: number[] = [];
  for (const scale of [1, 2, 3]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en.publish.downloadPngScale(scale) }).first().click()]);
    expect(download.suggestedFilename()).toBe(`compute-atlas-money-en-${scale}x.png`);
    const png = await readFile(await download.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    widths.push(png.readUInt32BE(16));
  }
  // The frame's CSS width times the scale (the export may add a few pixels of room for labels).
  expect(widths[0]!).toBeGreaterThanOrEqual(Math.floor(width) - 2);
  expect(widths[0]!).toBeLessThanOrEqual(Math.ceil(width) + 100);
  expect(widths[1]!).toBe(2 * widths[0]!);
  expect(widths[2]!).toBe(3 * widths[0]!);
});

test('what-if: the default answers the post in one click, reproduces the paper on its own cluster, and is a link', async ({ page, browser }) => {
  await open(page, './?lang=en');
  await page.getByRole('navigation', { name: en.viewsLabel }).getByRole('link', { name: en.views.whatif }).click();
  const ds = dataset.models.find((m) => m.id === 'deepseek-v3')!;
  await expect(page.getByRole('heading', { name: en.whatif.title(ds.name) })).toBeVisible();

  // DeepSeek-V3 on its own 2,048 H800: the paper's ~57 days.
  const own = dataset.systems.find((s) => s.id === ds.trainedOn)!;
  await page.getByLabel(en.whatif.system, { exact: true }).selectOption(own.id);
  await expect(page).toHaveURL(new RegExp(`[?&]sys=${own.id}(&|$)`));
  const days = (ds.gpuHoursM!.value * 1e6) / own.acceleratorCount!.value / 24;
  expect(Math.round(days)).toBe(57);
  await expect(page.getByRole('main')).toContainText(`~${Math.round(days)} days`);

  // The address alone brings the same answer back, in a fresh browser context.
  const url = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await reach(other);
  await expect(other.locator('html')).toHaveAttribute('data-ready', '');
  await expect(other.getByRole('main')).toContainText(`~${Math.round(days)} days`);
  await fresh.close();

  // And the same state embeds: the embed path with the same query.
  const query = new URL(url).search.replace(/([?&])v=whatif&?/, '$1').replace(/[?&]$/, '');
  await open(page, `./embed/whatif/${query}`);
  await expect(page.locator('body')).toContainText(`~${Math.round(days)} days`);
});

test('compare: a preset and a swap change the sentence and the address', async ({ page }) => {
  await open(page, './?v=compare&lang=en');
  const [preset] = dataset.comparisons;
  await expect(page).toHaveURL(/v=compare/);
  const main = page.getByRole('main');
  await expect(main.locator('svg[role="graphics-document"]').first()).toBeVisible();
  await page.getByRole('button', { name: /swap/i }).click();
  await expect(page).toHaveURL(new RegExp(`a=${preset!.b}&b=${preset!.a}`));
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(`a=${preset!.b}&b=${preset!.a}`));
});
