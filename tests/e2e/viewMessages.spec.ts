/**
 * A view's strings load with the view (src/i18n/messages.ts, `messages` in src/view/views.ts):
 * the first visit of the dashboard fetches none of the other views' strings; every view opened by
 * its URL, in both languages, renders with its own strings and no browser error; switching
 * language on a non-default view shows it in the other language; an embed of a non-default view
 * fetches its strings on the reader's first hover, and hydrates.
 *
 * A part is recognised in a fetched script by its own sentences: strings of the Spanish and English
 * parts that the core does not hold.
 */
import type { Page } from '@playwright/test';
import { LANGS } from '../../src/i18n/lang.ts';
import { PART_NAMES, type PartName } from '../../src/i18n/messages.ts';
import { VIEW_TABLE } from '../../src/view/views.ts';
import { MESSAGES } from './messages.ts';
import { test, expect, reach } from './fixtures.ts';

/** Plain strings of a value (no template: functions are left out), long enough to be telling. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 20 && !/['"`\\$]/.test(value) ? [value] : [];
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.values(value).flatMap(strings);
  return [];
}

/** All text of a value, functions' sources included. */
const textOf = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (typeof v === 'function' ? String(v) : v));
/** A part's sentences found nowhere else: not in the core, not in another part (not even inside a longer string). */
const SIGNS = new Map<PartName, string[]>(
  PART_NAMES.map((part) => {
    const elsewhere = LANGS.flatMap((lang) => [textOf(MESSAGES[lang]), ...PART_NAMES.filter((p) => p !== part).map((p) => textOf(MESSAGES[lang][p]))]).join('\n');
    return [part, LANGS.flatMap((lang) => strings(MESSAGES[lang][part])).filter((s) => !elsewhere.includes(s))];
  }),
);

test('every part can be recognised by sentences of its own', () => {
  for (const part of PART_NAMES) expect(SIGNS.get(part)!.length, part).toBeGreaterThan(0);
});

/** Records the parts each fetched script holds, from now on. */
function watchParts(page: Page): Set<PartName> {
  const seen = new Set<PartName>();
  page.on('response', async (res) => {
    if (!/\.js$/.test(new URL(res.url()).pathname)) return;
    const body = await res.text().catch(() => '');
    for (const [part, signs] of SIGNS) if (signs.some((s) => body.includes(s))) seen.add(part);
  });
  return seen;
}

test('the first visit of the dashboard fetches no view\'s strings but the default view\'s (none: they are in the core)', async ({ page }) => {
  const seen = watchParts(page);
  await page.goto('./?lang=es');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
  await page.waitForLoadState('networkidle');
  expect([...seen]).toEqual([]);
});

for (const lang of LANGS) {
  for (const row of VIEW_TABLE) {
    test(`?v=${row.id} in ${lang} renders with its strings (${row.messages.join(', ') || 'core only'})`, async ({ page }) => {
      const m = MESSAGES[lang];
      const seen = watchParts(page);
      await page.goto(`./?v=${row.id}&lang=${lang}`);
      const section = page.getByRole('region', { name: m.views[row.id], exact: true });
      await expect(section.locator('[role="graphics-document"], h2').first()).toBeVisible({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      await expect(section).not.toContainText(m.loading);
      await expect(page.locator('body')).not.toContainText(/\bundefined\b|\bNaN\b/);
      // Fetched: its own parts, and no other view's (the world data brings its two, `clusters` and `world`).
      const allowed = new Set<PartName>([...row.messages, ...(row.needsWorld ? (['clusters', 'world'] as const) : [])]);
      expect([...seen].filter((p) => !allowed.has(p))).toEqual([]);
      // The world views' pages are prerendered with their parts' strings: hydrated, never rendered again.
      if (row.needsWorld) await reach(page);
      if (row.needsWorld) await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
      // A prerendered world page already holds its strings in its HTML; any other view fetched its parts.
      if (!row.needsWorld) expect([...seen].sort()).toEqual([...row.messages].sort());
    });
  }
}

test('switching language on a non-default view loads its strings in the other language, then shows them', async ({ page }) => {
  const [es, en] = [MESSAGES.es, MESSAGES.en];
  await page.goto('./?v=top500&lang=es');
  await expect(page.getByText(es.top500.top500Title).first()).toBeVisible();
  const seen = watchParts(page);
  // The switcher is a radio group: ES, then EN.
  await page.getByRole('radio', { name: 'ES', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(en.top500.top500Title).first()).toBeVisible();
  await expect(page.getByRole('region', { name: en.views.top500, exact: true })).toBeVisible();
  expect([...seen]).toEqual(['top500']);
  await expect(page).toHaveURL(/[?&]lang=en/);
});

test('an embed of a non-default view fetches its strings when the reader first reaches for it, and hydrates', async ({ page }) => {
  const seen = watchParts(page);
  await page.goto('embed/whatif/');
  const mark = page.locator('[data-bar]').first();
  await expect(mark).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect([...seen]).toEqual([]);
  await mark.focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
  expect([...seen]).toEqual(['whatif']);
});
