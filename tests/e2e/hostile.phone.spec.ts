/**
 * Hostile third-party text in the browser (tests/fixtures/hostileText.ts), on a 360 px phone:
 * the data file is swapped for one with a right-to-left name beside the GPU count, 120-character
 * unbroken names and a 2,000-character URL. Digits stay in reading order, nothing is wider than
 * the screen. Refused text (a control character) is named in the error, and the prerendered
 * chart stays on screen beside it.
 */
import type { Page } from '@playwright/test';
import { MESSAGES } from './messages.ts';
import { makeHostile, RTL_SHORT_NAME, RTL_SUBJECT, type DatasetArrays } from '../fixtures/hostileText.ts';
import { test, expect, reach } from './fixtures.ts';

const es = MESSAGES.es;
const DATA_URL = /\/data\/atlas(?:\.[\w-]+)*\.json(?:\?.*)?$/;

/** Serves the build's own dataset after `edit`. */
async function serveData(page: Page, edit: (d: DatasetArrays) => void) {
  await page.route(DATA_URL, async (route) => {
    const response = await route.fetch();
    const dataset = (await response.json()) as DatasetArrays;
    edit(dataset);
    await route.fulfill({ response, body: JSON.stringify(dataset) });
  });
}

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);

/**
 * Where each number of an element's text is drawn, in reading order: [line, x of its first
 * digit]. Numbers read in order when every pair is (same line, left to right) or on a later line.
 */
const numberPositions = (page: Page, selector: string, index: number) =>
  page.locator(selector).nth(index).evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const out: { text: string; top: number; left: number; digitsLeftToRight: boolean }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of (node.textContent ?? '').matchAll(/\d[\d.,]*\d|\d/g)) {
        const rects = [...m[0]].map((_, i) => {
          const r = document.createRange();
          r.setStart(node, m.index + i);
          r.setEnd(node, m.index + i + 1);
          return r.getBoundingClientRect();
        });
        const digitsLeftToRight = rects.every((r, i) => i === 0 || r.left >= rects[i - 1]!.left);
        out.push({ text: m[0], top: Math.round(rects[0]!.top), left: rects[0]!.left, digitsLeftToRight });
      }
    }
    return out;
  });

test('a right-to-left name beside the numbers leaves them in reading order; nothing is wider than the screen', async ({ page }) => {
  await serveData(page, makeHostile);
  await page.goto('./');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  const cards = page.getByRole('region', { name: es.headlineTitle }).locator('article');
  await expect(cards.first().locator('bdi', { hasText: RTL_SHORT_NAME }).first()).toBeVisible();
  await expect(cards.nth(1).locator('bdi', { hasText: RTL_SUBJECT }).first()).toBeVisible();

  // Without the isolation, "צאט 3: 650 M€" is drawn with 650 left of the name's 3.
  const expected = [['5', '4.480', '2,19', '2.048'], ['3', '650', '64,4', '10,1']];
  for (const [i, numbers] of expected.entries()) {
    const positions = await numberPositions(page, 'article p.text-sm', i);
    expect(positions.map((p) => p.text).filter((t) => numbers.includes(t))).toEqual(numbers);
    for (const p of positions) expect(p.digitsLeftToRight, p.text).toBe(true);
    for (let j = 1; j < positions.length; j++) {
      const [a, b] = [positions[j - 1]!, positions[j]!];
      expect(b.top > a.top + 4 || (Math.abs(b.top - a.top) <= 4 && b.left > a.left), `${a.text} before ${b.text}`).toBe(true);
    }
  }
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  for (const view of ['compare', 'sources', 'money', 'whatif']) {
    await page.goto(`./?v=${view}`);
    await reach(page);
    await expect(page.locator('html')).toHaveAttribute('data-ready', '');
    await expect(page.getByRole('main')).toBeVisible();
    expect(await sidewaysOverflow(page), view).toBeLessThanOrEqual(0);
  }
});

// The build refuses such a row, naming file, record and field (tests/hostileBuild.test.ts); the
// browser checks only the published file's version and shape (issue 10: no zod for readers). A file
// tampered with after the build must still not break the page.
test('a control character in a tampered data file does not break the page', async ({ page }) => {
  await serveData(page, (d) => {
    d.systems[0]!.shortName = 'MN5\u0007';
  });
  await page.goto('./');
  // The app, not only the prerendered copy, must take the tampered file: reach for the page and
  // wait for React's commit (this also lets the route above finish before the test ends).
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(page.locator('svg[role="graphics-document"]').first()).toBeVisible();
  // The app drew the tampered name (the prerendered copy says "MareNostrum 5 ACC").
  await expect(page.locator('[role="graphics-symbol"][aria-label^="MN5"]').first()).toBeAttached();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});
