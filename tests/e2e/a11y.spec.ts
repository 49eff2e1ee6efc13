/**
 * Accessibility in the browser (issue 6): no axe-core violations on any tab, in Spanish and
 * English, light and dark; the whole page works by keyboard with a visible focus indicator;
 * `<html lang>` follows the language; reduced motion is honoured.
 */
import type { Page } from '@playwright/test';
import { MESSAGES } from './messages.ts';
import { test, expect, expectNoAxeViolations, reach } from './fixtures.ts';

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
const tabs = (page: Page, lang: 'es' | 'en' = 'es') => page.getByRole('navigation', { name: MESSAGES[lang].viewsLabel }).getByRole('link');

/** A view is ready when its section shows a chart or a heading of its own. */
async function viewReady(page: Page, name: string) {
  await expect(page.locator('nav a[aria-current="page"]')).toHaveText(name);
  await expect(main(page).locator(`section[aria-label="${name}"]`).locator('svg[role="graphics-document"], h2').first()).toBeVisible();
}

/**
 * Every tab in Spanish and light, and in English and dark: each language and each theme is swept
 * on every tab (contrast depends on the theme, names and text on the language; a theme's CSS is
 * the same in both languages). The other pairs, and dark both ways (URL and system, which give
 * the same CSS), are spot-checked on the first tab. Each all-tab sweep takes over a minute of CI.
 */
const SWEEPS = [
  { lang: 'es', theme: 'light', query: '', colorScheme: 'light', allTabs: true },
  { lang: 'es', theme: 'dark from the URL', query: '&theme=dark', colorScheme: 'light', allTabs: false },
  { lang: 'en', theme: 'light', query: '', colorScheme: 'light', allTabs: false },
  { lang: 'en', theme: 'dark from the system', query: '', colorScheme: 'dark', allTabs: true },
  { lang: 'es', theme: 'dark from the system', query: '', colorScheme: 'dark', allTabs: false },
  { lang: 'en', theme: 'dark from the URL', query: '&theme=dark', colorScheme: 'light', allTabs: false },
  { lang: 'es', theme: 'light from the URL on a dark system', query: '&theme=light', colorScheme: 'dark', allTabs: false },
] as const;

for (const sweep of SWEEPS) {
  const where = sweep.allTabs ? 'any tab' : 'the first tab';
  test(`no axe violations on ${where} (${sweep.lang}, ${sweep.theme})`, async ({ page }) => {
    // Up to seven full scans of pages with hundreds of marks: minutes on a busy 2-core machine.
    test.setTimeout(180_000);
    const m = MESSAGES[sweep.lang];
    await page.emulateMedia({ colorScheme: sweep.colorScheme });
    // An unknown parameter, so the ignored-parameters notice is scanned too.
    await open(page, `./?lang=${sweep.lang}${sweep.query}&from=a11y`);
    await expect(page.getByRole('status').filter({ hasText: m.ignoredTitle })).toBeVisible();
    await viewReady(page, m.views.gpus);

    // What opens on demand: the data table and a headline card's sources.
    await page.getByRole('button', { name: m.showTable }).click();
    await expect(main(page).getByRole('table')).toBeVisible();
    await page.getByText(m.whyThisNumber).first().click();
    await expectNoAxeViolations(page);
    if (!sweep.allTabs) return;

    // Every tab there is, so views added later are checked too; header and cards were scanned above.
    const names = await tabs(page, sweep.lang).allTextContents();
    for (const name of names.filter((n) => n !== m.views.gpus)) {
      await tabs(page, sweep.lang).and(page.getByRole('link', { name, exact: true })).click();
      await viewReady(page, name);
      await expectNoAxeViolations(page, { include: [`main section[aria-label="${name}"]`] });
    }
  });
}

test('a shared view: the folded headline, closed and open, has no axe violations (es, dark)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, './?v=world-chips');
  await viewReady(page, es.views['world-chips']);
  const headline = page.getByRole('region', { name: es.headlineTitle });
  await expect(headline.getByRole('article')).toHaveCount(0);
  await expectNoAxeViolations(page, { include: ['header', 'section[aria-labelledby="headline-title"]'] });
  // By keyboard: the summary is a tab stop that opens on Enter.
  await page.locator('section[aria-labelledby="headline-title"] > details > summary').focus();
  await page.keyboard.press('Enter');
  await expect(headline.getByRole('article')).toHaveCount(2);
  await expectNoAxeViolations(page, { include: ['section[aria-labelledby="headline-title"]'] });
});

test('the error state has no axe violations', async ({ page, allowFailedRequest }) => {
  allowFailedRequest(/\/data\/atlas/);
  await page.route(/\/data\/atlas[^/]*\.json/, (route) => route.fulfill({ status: 503, body: '' }));
  // No data-ready here: React never takes over the prerendered copy, which stays beside the error.
  await page.goto('./?theme=dark');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
});

interface Focused {
  tag: string;
  type: string | null;
  name: string;
  role: string | null;
  group: string | null;
  inNav: boolean;
  isMark: boolean;
  isControl: boolean;
  indicator: boolean;
}

/** Describes the focused element and whether a focus indicator can be seen on it. */
function describeFocus(): Focused {
  const el = document.activeElement as HTMLElement;
  const outlined = (e: Element | null) => {
    if (!e) return false;
    const cs = getComputedStyle(e);
    return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && cs.outlineColor !== 'rgba(0, 0, 0, 0)';
  };
  const isMark = el.getAttribute('role') === 'graphics-symbol';
  // Radios and checkboxes are visually hidden; their label shows the focus (see controls.tsx).
  const isControl = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
  // A chart draws the active mark's ring over all marks (src/charts/kit/marks.tsx): it must sit on the mark.
  const ring = isMark ? (el as unknown as SVGElement).ownerSVGElement?.querySelector('.focus-ring > *') : null;
  const onMark = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const indicator = isMark
    ? !!ring && onMark(ring.getBoundingClientRect(), el.getBoundingClientRect()) && getComputedStyle(ring).stroke !== 'none' && parseFloat(getComputedStyle(ring).strokeWidth) >= 2
    : isControl
      ? outlined(el.closest('label'))
      : outlined(el);
  const box = (isControl ? el.closest('label')! : el).getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    type: el instanceof HTMLInputElement ? el.type : null,
    name: (el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim().slice(0, 60),
    role: el.getAttribute('role'),
    group: el.closest('fieldset')?.querySelector('legend')?.textContent ?? null,
    inNav: !!el.closest('nav'),
    isMark,
    isControl,
    indicator: indicator && box.width > 4 && box.height > 4,
  };
}

test('Tab reaches the language switch, every tab, every control and the chart, each with a visible focus', async ({ page }) => {
  await open(page, './');
  await expect(marks(page).first()).toBeVisible();
  const tabNames = await tabs(page).allTextContents();
  const controls = main(page).getByRole('group', { name: es.views.gpus });
  const groups = await controls.locator('legend').allTextContents();
  const checkboxes = await controls.getByRole('checkbox').count();

  const seen: Focused[] = [];
  for (let i = 0; i < 120 && !seen.at(-1)?.isMark; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(describeFocus));
  }
  const at = (pred: (f: Focused) => boolean) => seen.findIndex(pred);

  expect(seen.filter((f) => !f.indicator).map((f) => `${f.tag} ${f.name}`), 'focused without a visible indicator').toEqual([]);
  const language = at((f) => f.group === es.language);
  const firstTab = at((f) => f.inNav);
  const firstControl = at((f) => f.isControl && groups.includes(f.group ?? ''));
  const mark = at((f) => f.isMark);
  expect(language, 'the language switch').toBeGreaterThanOrEqual(0);
  expect(at((f) => f.group === es.theme), 'the theme switch').toBeGreaterThan(language);
  expect(seen.filter((f) => f.inNav).map((f) => f.name)).toEqual(tabNames);
  expect(firstTab).toBeGreaterThan(language);
  expect(firstControl).toBeGreaterThan(firstTab);
  // Each radio group is one stop (arrows move inside it); each checkbox is its own.
  expect([...new Set(seen.filter((f) => f.isControl && groups.includes(f.group ?? '')).map((f) => f.group))]).toEqual(groups);
  expect(seen.filter((f) => f.type === 'checkbox').length, 'every checkbox').toBe(checkboxes);
  expect(mark, 'a chart mark').toBeGreaterThan(firstControl);
});

test('arrow keys, Home and End move between chart marks and their details follow', async ({ page }) => {
  await open(page, './');
  await expect(marks(page).first()).toBeVisible();
  const count = await marks(page).count();
  expect(count).toBeGreaterThan(2);
  const focusedBar = () => page.evaluate(() => document.activeElement?.getAttribute('data-bar'));
  const barAt = (i: number) => marks(page).nth(i).getAttribute('data-bar');
  const tooltip = page.getByRole('tooltip');

  await marks(page).first().focus();
  await page.keyboard.press('ArrowDown');
  expect(await focusedBar()).toBe(await barAt(1));
  const label = (await marks(page).nth(1).getAttribute('aria-label')) ?? '';
  await expect(tooltip).toContainText(label.slice(0, label.indexOf(': ')));
  await page.keyboard.press('ArrowRight');
  expect(await focusedBar()).toBe(await barAt(2));
  await page.keyboard.press('ArrowUp');
  expect(await focusedBar()).toBe(await barAt(1));
  await page.keyboard.press('End');
  expect(await focusedBar()).toBe(await barAt(count - 1));
  await page.keyboard.press('ArrowDown'); // stays on the last
  expect(await focusedBar()).toBe(await barAt(count - 1));
  await page.keyboard.press('Home');
  expect(await focusedBar()).toBe(await barAt(0));
  await expect(tooltip).toHaveCount(1); // one tooltip, for the focused mark
});

test('Enter on a tab link switches the view, and arrows switch a radio group', async ({ page }) => {
  await open(page, './');
  await expect(chart(page)).toBeVisible();
  await tabs(page).and(page.getByRole('link', { name: es.views.money, exact: true })).focus();
  await page.keyboard.press('Enter');
  await viewReady(page, es.views.money);
  await expect(page).toHaveURL(/[?&]v=money/);

  await tabs(page).and(page.getByRole('link', { name: es.views.sources, exact: true })).focus();
  await page.keyboard.press('Enter');
  await viewReady(page, es.views.sources);

  // Language switch: a radio group, moved with the arrow keys.
  await page.getByRole('radio', { name: 'ES', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/[?&]lang=en/);
});

test('<html lang> follows lang= and the language switch', async ({ page }) => {
  await open(page, './?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.en.appName);
  await open(page, './?lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await open(page, './'); // the browser's language (es-ES in this config)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.locator('label').filter({ hasText: /^EN$/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.en.appName);
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });
  test('the page follows the browser, and lang= wins over it', async ({ page }) => {
    await open(page, './');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await open(page, './?lang=es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.appName);
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the preference is honoured and the page still works', async ({ page }) => {
    await open(page, './');
    await expect(marks(page).first()).toBeVisible();
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    // index.css cuts every transition and animation to (almost) nothing.
    const durations = await page.locator('label, .btn, [role="graphics-symbol"]').evaluateAll((els) =>
      els.map((e) => Math.max(...getComputedStyle(e).transitionDuration.split(',').map((d) => parseFloat(d)))),
    );
    expect(Math.max(...durations)).toBeLessThanOrEqual(0.001);

    const before = await chart(page).innerHTML();
    await page.locator('label').filter({ hasText: es.scales.linear }).click();
    await expect.poll(() => chart(page).innerHTML()).not.toBe(before);
    await marks(page).first().focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    // Nothing that moves for longer than 1 ms. A transition cut to 0.01 ms still counts as running
    // for the frame or two it takes to start and end (a tooltip's rows inherit its visibility one
    // frame apart), so a plain count of running animations raced the frames: 1 failure in 6.
    const running = await page.evaluate(() =>
      document.getAnimations().filter((a) => a.playState === 'running' && Number(a.effect?.getTiming().duration ?? 0) > 1).length,
    );
    expect(running).toBe(0);
  });
});
