/**
 * "As of a date" and "Where the compute is" (issue 11, views 2 and 3) in a real browser: the
 * date control and Play change the URL and Back restores the date; a reload keeps it; grouping
 * and shares live in the URL; both embeds render sandboxed; axe finds nothing in either theme;
 * nothing is wider than a phone.
 */
import type { Page } from '@playwright/test';
import { MESSAGES } from './messages.ts';
import { test, expect, expectNoAxeViolations, reach } from './fixtures.ts';

const en = MESSAGES.en;
const a = en.asOf;
const w = en.where;
const section = (page: Page, name: string) => page.getByRole('main').locator(`section[aria-label="${name}"]`);
const heading = (page: Page) => section(page, en.views['as-of']).getByRole('heading', { level: 2 });
const slider = (page: Page) => page.getByRole('slider', { name: a.slider });

async function open(page: Page, url: string) {
  await page.goto(url);
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
}

test('as of a date: steps, keys and Play change the URL, Back restores each date, a reload keeps it', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, './?v=as-of&lang=en');
  await expect(heading(page)).toHaveText(/The largest known AI clusters on Dec\s17,\s2025/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /Dec\s2025/);
  await expect(section(page, en.views['as-of']).locator('[data-bar]').filter({ hasText: 'MareNostrum 5 ACC' })).toHaveCount(1);

  await page.getByRole('button', { name: a.previous }).click();
  await expect(page).toHaveURL(/[?&]at=2025-11(&|$)/);
  await expect(heading(page)).toHaveText(/at the end of Nov\s2025/);
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/[?&]at=2025-10(&|$)/);
  await page.getByLabel(a.month, { exact: true }).fill('2023-11');
  await expect(page).toHaveURL(/[?&]at=2023-11(&|$)/);
  await expect(heading(page)).toHaveText(/at the end of Nov\s2023/);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]at=2025-10(&|$)/);
  await expect(heading(page)).toHaveText(/at the end of Oct\s2025/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]at=2025-11(&|$)/);
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]at=/);
  await expect(heading(page)).toHaveText(/on Dec\s17,\s2025/);
  await page.goForward();
  await expect(page).toHaveURL(/[?&]at=2025-11(&|$)/);
  await page.reload();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(heading(page)).toHaveText(/at the end of Nov\s2025/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /Nov\s2025/);

  // Play from Sep 2025: one history entry for the whole run, which stops at the data's last month.
  await open(page, './?v=as-of&lang=en&at=2025-09');
  await page.getByRole('button', { name: new RegExp(a.play) }).click();
  await expect(page.getByRole('button', { name: new RegExp(a.pause) })).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]at=/, { timeout: 15_000 });
  await expect(page.getByRole('button', { name: new RegExp(a.play) })).toBeVisible();
  await expect(page.getByRole('button', { name: a.next })).toBeDisabled();
  await page.goBack();
  await expect(page).toHaveURL(/[?&]at=2025-09(&|$)/);
  await expect(heading(page)).toHaveText(/at the end of Sep\s2025/);
});

test('a month outside the data is shown at the nearest end; a malformed one is reported and ignored', async ({ page }) => {
  await open(page, './?v=as-of&lang=en&at=1999-01');
  await expect(heading(page)).toHaveText(/at the end of Nov\s2010/);
  await open(page, './?v=as-of&lang=en&at=2023-13');
  await expect(page.getByRole('status').filter({ hasText: en.ignoredTitle })).toContainText('at');
  await expect(heading(page)).toHaveText(/on Dec\s17,\s2025/);
});

test('where the compute is: grouping and shares in the URL, Back and reload, caveat on the chart', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, './?v=where&lang=en');
  const s = section(page, en.views.where);
  await expect(s.getByRole('heading', { name: w.title(w.groups.region) })).toBeVisible();
  await expect(s.getByRole('note').filter({ hasText: '10–20 %' })).toBeVisible();
  await expect(s.getByRole('note').filter({ hasText: /^On Dec\s17,\s2025 Spain holds [\d.]+% of the known H100-equivalents/ })).toBeVisible();
  await expect(s.locator('[data-area]')).toHaveCount(5);

  await page.getByText(w.groupOptions.sector, { exact: true }).click();
  await expect(page).toHaveURL(/[?&]group=sector(&|$)/);
  await page.getByText(w.share, { exact: true }).click();
  await expect(page).toHaveURL(/[?&]group=sector&share=1(&|$)/);
  await expect(s.getByRole('heading', { name: w.titleShare(w.groups.sector) })).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/share=/);
  await expect(s.getByRole('heading', { name: w.title(w.groups.sector) })).toBeVisible();
  await page.goForward();
  await page.reload();
  await expect(s.getByRole('heading', { name: w.titleShare(w.groups.sector) })).toBeVisible();
  await expect(page.getByRole('radio', { name: w.share })).toBeChecked();

  // A column's values by keyboard: focus the last quarter and read the tooltip.
  await s.locator('[data-column]').last().focus();
  await expect(page.getByRole('tooltip')).toContainText(w.total);
});

for (const theme of ['light', 'dark'] as const)
  test(`both views have no axe violations (${theme})`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const [view, query] of [['as-of', '&at=2023-11'], ['where', '&share=1']] as const) {
      await open(page, `./?v=${view}&lang=en&theme=${theme}${query}`);
      await expect(section(page, en.views[view]).locator('svg[role="graphics-document"] [role="graphics-symbol"]').first()).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

test('on a phone nothing is wider than the screen', { tag: '@phone' }, async ({ page }) => {
  for (const url of ['./?v=as-of&at=2019-06', './?v=where&group=sector']) {
    await open(page, url);
    await expect(page.getByRole('main').locator('svg[role="graphics-document"] [role="graphics-symbol"]').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

for (const id of ['as-of', 'where'] as const)
  test(`embed/${id}/ renders in a sandboxed iframe, prerendered with the data and the credit`, async ({ page, baseURL }) => {
    const site = new URL('./', baseURL).href;
    const html = await (await page.request.get(`${site}embed/${id}/`)).text();
    expect((html.match(/role="graphics-symbol"/g) ?? []).length).toBeGreaterThan(10); // drawn without scripts
    expect(html).toContain('10 y el 20 %'); // the coverage caveat, in the prerendered (Spanish) copy
    const blog = new URL(`/__blog/${id}.html`, site).href;
    await page.route(blog, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>post</title><iframe title="${en.views[id]}" src="${site}embed/${id}/?lang=en" sandbox="allow-scripts allow-popups" width="800" height="1000"></iframe></html>` }),
    );
    await page.goto(blog);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('svg[role="graphics-document"]').first()).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Data: Epoch AI (CC BY 4.0)' })).toBeVisible();
  });
