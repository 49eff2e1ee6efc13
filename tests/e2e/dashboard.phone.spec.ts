/**
 * The dashboard on a 360 px touch phone (the `phone` project): a tap shows a bar's details, the
 * page never scrolls sideways, and controls and tabs wrap inside the screen.
 */
import type { Page } from '@playwright/test';
import { MESSAGES } from './messages.ts';
import { test, expect, expectNoAxeViolations, reach, unfold } from './fixtures.ts';

const es = MESSAGES.es;

/**
 * Opens a page of the app and waits until React has taken it over: the build's prerendered copy
 * is on screen (and clickable) before that, but inert. ReadyMark (src/embed/ReadyMark.tsx) sets
 * `<html data-ready>` on React's first commit.
 */
async function open(page: Page, url: string) {
  await page.goto(url);
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
}
const main = (page: Page) => page.getByRole('main');
const chart = (page: Page) => main(page).locator('svg[role="graphics-document"]').first();
const marks = (page: Page) => chart(page).locator('[role="graphics-symbol"]');
const tabs = (page: Page) => page.getByRole('navigation', { name: es.viewsLabel }).getByRole('link');

/** How far the page is wider than the screen (0 when it does not scroll sideways). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/**
 * Elements (matching `selector`) that stick out of the screen's width, by their text. Content of
 * a box that scrolls sideways on its own (the data table) is reached by scrolling that box.
 */
const outside = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => {
        const r = e.getBoundingClientRect();
        const scroller = (function find(n: Element | null): Element | null {
          if (!n || n === document.body) return null;
          return ['auto', 'scroll'].includes(getComputedStyle(n).overflowX) ? n : find(n.parentElement);
        })(e.parentElement);
        return r.width > 0 && !scroller && (r.left < -0.5 || r.right > window.innerWidth + 0.5);
      })
      .map((e) => (e.textContent ?? '').trim().slice(0, 40)),
  );

test('tapping a bar shows its details, inside the screen', async ({ page }) => {
  await open(page, './');
  const bar = marks(page).nth(2);
  await expect(bar).toBeVisible();
  await bar.locator('rect[style]').tap();

  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  const label = (await bar.getAttribute('aria-label')) ?? '';
  await expect(tooltip).toContainText(label.slice(0, label.indexOf(': ')));
  const box = (await tooltip.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
});

test('no tab scrolls sideways, and controls and tabs wrap inside the screen', async ({ page }) => {
  // Every tab in turn, each loading its code, strings and (world views) Epoch's data: over the
  // default 30 s on a busy 2-core machine.
  test.setTimeout(120_000);
  // A long ignored value too: the notice must wrap it, not widen the page.
  await open(page, `./?note=${'x'.repeat(300)}`);
  await expect(marks(page).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: es.ignoredTitle })).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await unfold(page, es.viewsLabel);
  await expect(tabs(page).first()).toBeVisible();
  expect(await outside(page, 'header label, nav a'), 'header controls and tabs').toEqual([]);

  await page.getByRole('button', { name: es.showTable }).click();
  await expect(main(page).getByRole('table')).toBeVisible();
  expect(await sidewaysOverflow(page), 'with the data table open').toBeLessThanOrEqual(0);

  // Every tab there is, so views added later are checked too.
  for (const name of await tabs(page).allTextContents()) {
    await unfold(page, es.viewsLabel);
    await tabs(page).and(page.getByRole('link', { name, exact: true })).click();
    await expect(page.locator('nav a[aria-current="page"]')).toHaveText(name);
    const view = main(page).locator(`section[aria-label="${name}"]`);
    await expect(view.locator('svg[role="graphics-document"], h2').first()).toBeVisible();
    expect(await sidewaysOverflow(page), `${name}: page width`).toBeLessThanOrEqual(0);
    expect(await outside(page, `main section[aria-label="${name}"] :is(label, button, select, input:not(.sr-only), a)`), `${name}: controls`).toEqual([]);
    expect(await outside(page, `main section[aria-label="${name}"] svg[role="graphics-document"] text`), `${name}: chart texts`).toEqual([]);
  }
});

test('the controls of the GPU view wrap onto several lines instead of shrinking', async ({ page }) => {
  await open(page, './');
  await unfold(page, es.chartOptions);
  const group = main(page).getByRole('group', { name: es.views.gpus });
  await expect(group).toBeVisible();
  const labels = group.locator('label');
  const tops = await labels.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  const fieldsets = await group.locator('fieldset').count();
  expect(new Set(tops).size, 'more lines than groups: some group wrapped').toBeGreaterThan(fieldsets);
  // Each option stays a comfortable touch target (WCAG 2.2 target size, minimum 24 px).
  const sizes = await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
});

test('the views and the chart\'s controls fold behind one line each that says what is chosen, so the chart starts on the first screen', async ({ page }) => {
  test.setTimeout(60_000);
  // A shared view of the world chart: the post's comparisons are one line, then the folds.
  await page.goto('./?v=clusters&wregion=spain');
  const title = main(page).getByRole('heading', { name: es.clusters.title });
  await expect(title).toBeVisible({ timeout: 20_000 });
  // The chart's title is on the first screen (it was two screens down).
  expect((await title.boundingBox())!.y + 30).toBeLessThan(page.viewportSize()!.height);
  const views = page.locator('details.fold > summary').filter({ hasText: es.viewsLabel });
  const filters = page.locator('details.fold > summary').filter({ hasText: es.clusters.filters });
  await expect(views).toHaveAccessibleName(es.folded(es.viewsLabel, es.views.clusters));
  await expect(filters).toContainText(es.clusters.regions.spain);
  await expect(page.getByRole('checkbox', { name: es.clusters.regions.spain })).toBeHidden();
  await expect(tabs(page).first()).toBeHidden();

  // By keyboard: the summary is a button; Enter opens it, and the filters are there to use.
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'clusters', { timeout: 20_000 });
  await filters.focus();
  await page.keyboard.press('Enter');
  const china = page.getByRole('checkbox', { name: es.clusters.regions.china });
  await expect(china).toBeVisible();
  await china.check({ force: true });
  await expect(page).toHaveURL(/wregion=spain~china|wregion=china~spain/);
  await expect(filters).toContainText(es.clusters.regions.china);
  await expectNoAxeViolations(page);

  // Choosing a view from the folded list takes the reader there and shuts the list.
  await views.tap();
  await tabs(page).and(page.getByRole('link', { name: es.views['world-models'], exact: true })).tap();
  await expect(page).toHaveURL(/v=world-models/);
  await expect(views).toHaveAccessibleName(es.folded(es.viewsLabel, es.views['world-models']));
  await expect(tabs(page).first()).toBeHidden();

  // On a wide screen the folds are open, with no summary line.
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(views).toBeHidden();
  await expect(tabs(page).first()).toBeVisible();
  await expect(page.locator('nav details.fold')).toHaveAttribute('open', '');
});

test("with no JavaScript, a world view's prerendered page folds the same and its filters open by tap", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto('./clusters/');
  const title = main(page).getByRole('heading', { name: es.clusters.title });
  await expect(title).toBeVisible();
  expect((await title.boundingBox())!.y + 30).toBeLessThan(740);
  const spain = page.getByRole('checkbox', { name: es.clusters.regions.spain });
  await expect(spain).toBeHidden();
  await page.locator('details.fold > summary').filter({ hasText: es.clusters.filters }).tap();
  await expect(spain).toBeVisible();
  await context.close();
});
