/**
 * Dated releases in the browser, on the real build (issue 13): an embed pinned to the release its
 * prerendered copy was built from paints that copy at once and hydrates it with the pin kept; an
 * unknown release falls back to the latest with a notice; the Sources tab lists the releases; the
 * Cite dialog works from the keyboard. Needs at least one release in data/releases (skipped
 * otherwise). The two-release path (old value + "changed since") is tests/releases.test.tsx.
 */
import type { ReleaseIndex } from '../../src/data/release.ts';
import { MESSAGES } from './messages.ts';
import { test, expect, reach } from './fixtures.ts';

const en = MESSAGES.en;

async function releaseIndex(request: import('@playwright/test').APIRequestContext): Promise<ReleaseIndex> {
  const res = await request.get('data/releases/index.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as ReleaseIndex;
}

test('an embed pinned to the current release paints its prerendered copy, loads nothing until used, and keeps the pin', async ({ page, request }) => {
  const { current } = await releaseIndex(request);
  test.skip(!current, 'the data has changed since the newest release: no copy is of a release');
  const data: string[] = [];
  page.on('request', (r) => r.url().includes('/data/') && data.push(r.url()));
  await page.goto(`embed/gpus/?release=${current}&lang=en`);
  await expect(page.locator('html')).toHaveAttribute('data-pv', '0');
  await expect(page.locator('[data-variant] [data-release-line]')).toContainText(/^Data of /);
  expect(data).toEqual([]);
  await page.locator('[data-variant] figure').first().hover();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
  await expect(page.getByRole('link', { name: new RegExp(en.embed.openInAtlas) })).toHaveAttribute('href', new RegExp(`release=${current}`));
  expect(data.some((u) => u.includes('/data/releases/'))).toBe(false);
});

test('a release the site does not publish shows the latest figures with a notice, in the dashboard and an embed', async ({ page, allowConsoleError, allowFailedRequest }) => {
  // The embed asks for the named release before it knows the list; the host may answer 404.
  allowConsoleError(/releases\/2001-01-01\.json/);
  allowFailedRequest(/releases\/2001-01-01\.json/);
  await page.goto('?release=2001-01-01&lang=en');
  await expect(page.getByRole('status').filter({ hasText: en.ignoredReasons['unknown-release'] })).toBeVisible();
  await expect(page.locator('figure svg').filter({ visible: true }).first()).toBeVisible();
  await expect(page).toHaveURL(/\?lang=en$/);
  await page.goto('embed/money/?release=2001-01-01&lang=en');
  await expect(page.getByText(`release=2001-01-01: ${en.ignoredReasons['unknown-release']}`)).toBeVisible();
  await expect(page.locator('figure svg').filter({ visible: true }).first()).toBeVisible();
});

test('the Sources tab lists the releases, newest first, linkable one by one', async ({ page, request }) => {
  const { releases } = await releaseIndex(request);
  test.skip(releases.length === 0, 'no release cut yet');
  await page.goto(`?v=sources&release=${releases.at(-1)!.id}&lang=en`);
  const log = page.getByRole('region', { name: en.release.changelogTitle });
  await expect(log.locator('li[id^="release-"]')).toHaveCount(releases.length);
  await expect(log.locator('li[id^="release-"]').first()).toHaveAttribute('id', `release-${releases[0]!.id}`);
  await expect(log.locator(`#release-${releases.at(-1)!.id}`)).toHaveAttribute('aria-current', 'true');
});

test('Cite: opens from the keyboard with APA, BibTeX and plain text for the pinned URL, and closes back to its button', async ({ page }) => {
  await page.goto('?v=money&lang=en');
  const cite = page.getByRole('button', { name: en.release.cite, exact: true });
  await cite.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: en.release.citeTitle });
  await expect(dialog.getByRole('textbox', { name: 'APA' })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'BibTeX' })).toHaveValue(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
  await expect(dialog.getByRole('textbox', { name: 'Plain text' })).toHaveValue(/v=money/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cite).toBeFocused();
});
