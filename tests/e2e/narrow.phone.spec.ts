/**
 * Phone copies (src/embed/narrowCopy.ts) on a 360 px touch phone (the `phone` project): a
 * prerendered page opens on its twin drawn at a phone's width, so the chart's text is at its own
 * size before the app starts, and the reader's first touch, which starts it, moves nothing: before,
 * the chart was the 640 px copy shrunk to the phone, and the first touch grew the GPU chart from
 * 437 to 1,298 px, pushing a blog post down by ~830 px.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { FRAME_INSET, NARROW_WIDTH } from '../../src/embed/narrowCopy.ts';
import { test, expect, reach } from './fixtures.ts';

const chartIn = (scope: Page | FrameLocator) => scope.locator('main svg[role="graphics-document"]').first();

/** The chart's drawn width (its layout's), the width it takes on screen, and its height there. */
const sizeOf = (chart: Locator) =>
  chart.evaluate((svg) => ({ drawn: Number(svg.getAttribute('width')), shown: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height }));

test('an embed in a blog post shows its chart at its own size, and keeps its height when the reader first touches it', async ({ page, baseURL }) => {
  const site = new URL('./', baseURL).href;
  const blog = new URL('/__blog/narrow.html', site).href;
  // A post's column on a phone, the snippet as the dialog writes it, and the resizer.
  const body = `<!doctype html><html lang="es"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
    <style>body { margin: 0; padding: 0 16px; font: 17px/1.6 Georgia, serif; } iframe { display: block; border: 0; }</style></head>
    <body><p>Un párrafo del artículo.</p>
    <iframe src="${site}embed/gpus/" title="GPU" width="100%" height="600" sandbox="allow-scripts allow-popups"></iframe>
    <p>Fin del artículo.</p><script async src="${site}embed-resize.js"></script></body></html>`;
  await page.route(blog, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
  await page.goto(blog);
  const iframe = page.locator('iframe');
  const frame = page.frameLocator('iframe');
  await expect(chartIn(frame)).toBeVisible();
  expect(page.frames()[1]!.url()).toMatch(/\/embed\/gpus\/narrow\/$/);
  const before = await sizeOf(chartIn(frame));
  expect(before.drawn).toBe(NARROW_WIDTH);
  expect(before.shown, 'not shrunk: its text is at its own size').toBeCloseTo(NARROW_WIDTH, 0);
  // The resizer has given the frame its content's height.
  await expect.poll(() => iframe.evaluate((f: HTMLIFrameElement) => f.style.height)).not.toBe('');
  const frameHeight = await iframe.evaluate((f) => f.getBoundingClientRect().height);

  await iframe.tap({ position: { x: 10, y: 10 } });
  await expect(frame.locator('html')).toHaveAttribute('data-ready', '');
  await expect(frame.locator('html')).toHaveAttribute('data-mount', 'hydrate');
  // Laid out again at the frame's width: wider, no taller.
  const frameWidth = await iframe.evaluate((f) => f.getBoundingClientRect().width);
  await expect.poll(async () => (await sizeOf(chartIn(frame))).drawn).toBe(Math.floor(frameWidth - FRAME_INSET.embed));
  expect((await sizeOf(chartIn(frame))).height).toBeCloseTo(before.height, 0);
  await page.waitForTimeout(300); // a height message after the re-layout would come now
  expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).toBeCloseTo(frameHeight, 0);
});

test('the dashboard opens on its phone copy under its own address, and the first touch moves nothing on the page', async ({ page }) => {
  await page.goto('./');
  await expect(chartIn(page)).toBeVisible();
  // The address is the wide file's (the one a shared link should carry), not narrow/.
  expect(new URL(page.url()).pathname).not.toMatch(/narrow/);
  await expect(page.locator('[data-variant]')).toHaveAttribute('data-width', String(NARROW_WIDTH));
  const before = await sizeOf(chartIn(page));
  expect(before.drawn).toBe(NARROW_WIDTH);
  expect(before.shown).toBeCloseTo(NARROW_WIDTH, 0);
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);

  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  await expect.poll(async () => (await sizeOf(chartIn(page))).drawn).toBe(width - FRAME_INSET.dashboard);
  expect((await sizeOf(chartIn(page))).height).toBeCloseTo(before.height, 0);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(pageHeight);
  // A reload from that address opens the phone copy again.
  await page.reload();
  await expect(page.locator('[data-variant]')).toHaveAttribute('data-width', String(NARROW_WIDTH));
});

test('a world view opened by its link lands on its phone copy in one move', async ({ page }) => {
  await page.goto('./?v=clusters');
  await expect(chartIn(page)).toBeVisible();
  await expect(page).toHaveURL(/\/clusters\/\?v=clusters$/);
  await expect(page.locator('[data-variant]')).toHaveAttribute('data-width', String(NARROW_WIDTH));
  expect((await sizeOf(chartIn(page))).drawn).toBe(NARROW_WIDTH);
});
