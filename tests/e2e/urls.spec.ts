/**
 * Every view lives in its URL (issue 3): a reload, a copied link opened elsewhere, Back and
 * Forward and every published (golden) link give the same view; hostile links give a valid view,
 * run nothing and say what they ignored; the address is canonical and the title follows the view.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { MESSAGES } from './messages.ts';
import { DEFAULT_VIEW_STATE, PARAM_ORDER, serialiseViewState, type ViewState } from '../../src/view/viewState.ts';
import { HOSTILE_URLS } from './hostileUrls.ts';
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

const golden = JSON.parse(readFileSync(new URL('../goldenUrls.json', import.meta.url), 'utf8')) as {
  entries: { url: string; note: string; state: ViewState }[];
};

const view = (page: Page) => page.getByRole('main').locator('section[aria-label]').last();
const chart = (page: Page) => page.getByRole('main').locator('svg[role="graphics-document"]').first();
const marks = (page: Page) => chart(page).locator('[role="graphics-symbol"]');
const notice = (page: Page, lang: 'es' | 'en' = 'es') => page.getByRole('status').filter({ hasText: MESSAGES[lang].ignoredTitle });

/**
 * What a view draws, however the DOM got there (prerendered then hydrated, or rendered in the
 * browser): sorted attributes, `style` as the browser parsed it, inputs' live `checked` state (the
 * attribute is only React's first render), and generated ids and radio names renumbered in order
 * of appearance wherever they are referenced (`url(#…)`, aria-labelledby…).
 */
function canonicalDom(root: Element): string {
  // Also ids only referenced (a closed dialog's aria-labelledby points into content not rendered yet).
  const refs = ['id', 'name', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant'];
  const ids = [root, ...root.querySelectorAll('*')].flatMap((e) => refs.flatMap((r) => (e.getAttribute(r) ?? '').split(/\s+/))).filter(Boolean);
  const unique = [...new Set(ids)];
  const token = new Map(unique.map((id, i) => [id, `id${i}`]));
  const byLength = unique.sort((a, b) => b.length - a.length); // after numbering: sorts in place
  const renumber = (v: string) => byLength.reduce((acc, id) => acc.split(id).join(token.get(id)!), v);
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (!(n instanceof Element)) return '';
    const el = n as HTMLElement | SVGElement;
    const attrs = [...el.attributes]
      // Not what the chart shows: `checked` is read below from the live input, and `tabindex` is
      // the chart's one tab stop, which stays on the mark last clicked or focused (kit useMarks).
      .filter((a) => a.name !== 'checked' && a.name !== 'tabindex')
      .map((a) => {
        if (a.name !== 'style') return `${a.name}="${renumber(a.value)}"`;
        const decls = [...el.style].sort().map((p) => `${p}:${el.style.getPropertyValue(p)}`);
        return `style="${renumber(decls.join(';'))}"`;
      })
      .sort();
    if (el instanceof HTMLInputElement) attrs.push(`(checked=${el.checked} value=${el.value})`);
    return `<${el.tagName.toLowerCase()} ${attrs.join(' ')}>${[...el.childNodes].map(walk).join('')}</${el.tagName.toLowerCase()}>\n`;
  };
  return walk(root);
}
const chartSvg = (page: Page) => chart(page).evaluate(canonicalDom);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function choose(page: Page, role: 'radio' | 'checkbox', name: string) {
  await page.locator('label').filter({ has: page.getByRole(role, { name, exact: true }) }).click();
}

/** No hover, no focus: what a page just opened shows. */
async function settle(page: Page) {
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.getByRole('tooltip')).toHaveCount(0);
}

/** Sets metric, scale, two filters, a highlighted bar and the language: a view far from the default. */
async function customiseGpusView(page: Page) {
  await open(page, './');
  await choose(page, 'radio', es.metrics.h100e);
  await choose(page, 'radio', es.scales.linear);
  await choose(page, 'checkbox', es.regions.europe);
  await choose(page, 'checkbox', es.owners.public);
  await marks(page).nth(1).locator('rect[style]').click();
  await expect(page).toHaveURL(/[?&]hl=/); // the highlight is a replace, written a moment later
  await choose(page, 'radio', 'EN');
  await expect(page).toHaveURL(/[?&]lang=en/);
  await settle(page);
}

test('after changing several controls, a reload shows the same chart', async ({ page }) => {
  await customiseGpusView(page);
  const url = page.url();
  const before = await chartSvg(page);
  expect(before).toMatch(/stroke-width:2/); // the highlighted bar is outlined

  await page.reload();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(marks(page).first()).toBeVisible();
  expect(page.url()).toBe(url);
  expect(await chartSvg(page)).toBe(before);
});

test('the prerendered default view, once the app takes it over, is the chart the app draws itself', async ({ page }) => {
  await open(page, './'); // hydrates the copy the build prerendered (when there is one)
  await expect(marks(page).first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: es.viewsLabel });
  await nav.getByRole('link', { name: es.views.money, exact: true }).click();
  await nav.getByRole('link', { name: es.views.gpus, exact: true }).click();
  const drawn = await chartSvg(page); // rendered in the browser from scratch

  await page.reload();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect.poll(() => chartSvg(page)).toBe(drawn); // polled: the copy is re-laid out at the real width
  // mount.ts marks a copy React had to throw away (a hydration mismatch: the reader sees it redrawn).
  await expect(page.locator('html')).not.toHaveAttribute('data-mount', 'recovered');
});

/** Opens `url` in a new context (no shared storage or history) with the page's viewport and locale. */
async function openElsewhere(browser: Browser, page: Page, url: string): Promise<{ svg: string; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: page.viewportSize(), locale: 'es-ES', timezoneId: 'UTC' });
  const other = await context.newPage();
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(String(e)));
  other.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await open(other, url);
  await expect(marks(other).first()).toBeVisible();
  return { svg: await chartSvg(other), errors, close: () => context.close() };
}

/** A copied link without its data-release pin (the last parameter, when there is one). */
const unpinned = (url: string) => url.replace(/[?&]release=\d{4}-\d{2}-\d{2}$/, '');

test('the copied link opens the same chart in a fresh browser', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await customiseGpusView(page);
  const svg = await chartSvg(page);

  await page.getByRole('button', { name: MESSAGES.en.share.copy }).click();
  await expect(page.getByText(MESSAGES.en.share.copied)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // "Copy link" pins the data release shown (issue 13): the address plus release=, when the figures are a release.
  expect(unpinned(copied)).toBe(page.url());

  const elsewhere = await openElsewhere(browser, page, copied);
  expect(elsewhere.svg).toBe(svg);
  expect(elsewhere.errors).toEqual([]);
  await elsewhere.close();
});

test('when the clipboard is refused, the link is shown in a field, and it opens the same chart', async ({ page, browser }) => {
  await page.addInitScript(() => {
    // As in a sandboxed iframe or without permission: the Clipboard API exists but refuses.
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
    });
  });
  await customiseGpusView(page);
  const svg = await chartSvg(page);

  await page.getByRole('button', { name: MESSAGES.en.share.copy }).click();
  const field = page.getByRole('textbox', { name: MESSAGES.en.share.fallback });
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(unpinned(link)).toBe(page.url());
  await expect.poll(() => field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(link.length); // selected, ready to copy
  await expectNoAxeViolations(page, { include: ['main figure'] });

  const elsewhere = await openElsewhere(browser, page, link);
  expect(elsewhere.svg).toBe(svg);
  expect(elsewhere.errors).toEqual([]);
  await elsewhere.close();
});

/** What a reader sees of a view: its address, title, the active tab and its content. */
async function snapshot(page: Page) {
  await expect(view(page).locator('svg[role="graphics-document"], h2').first()).toBeVisible();
  return {
    url: page.url(),
    title: await page.title(),
    tab: await page.locator('nav a[aria-current="page"]').textContent(),
    content: await view(page).evaluate(canonicalDom),
  };
}

test('Back and Forward across three views restore each one exactly', async ({ page }) => {
  await open(page, './?scale=linear');
  const nav = page.getByRole('navigation', { name: es.viewsLabel });
  const shots = [await snapshot(page)];
  await nav.getByRole('link', { name: es.views.money, exact: true }).click();
  await choose(page, 'radio', 'USD');
  await expect(page).toHaveURL(/[?&]cur=usd/);
  shots.push(await snapshot(page));
  await nav.getByRole('link', { name: es.views.sources, exact: true }).click();
  await expect(page.getByRole('heading', { name: es.sourcesTitle })).toBeVisible();
  shots.push(await snapshot(page));
  expect(new Set(shots.map((s) => s.url)).size, 'three different addresses').toBe(3);

  // Polled: a history step re-renders on `popstate`, which may land just after goBack returns.
  const shows = (shot: Awaited<ReturnType<typeof snapshot>>) => expect.poll(() => snapshot(page)).toEqual(shot);
  await page.goBack();
  await shows(shots[1]!);
  await page.goBack(); // the currency switch was its own entry: money in EUR
  await expect(page).toHaveURL(/[?&]v=money(?!.*cur=)/);
  await page.goBack();
  await shows(shots[0]!);
  await page.goForward();
  await page.goForward();
  await shows(shots[1]!);
  await page.goForward();
  await shows(shots[2]!);
});

test('every URL in the golden file renders its view with a canonical address', async ({ page }) => {
  test.setTimeout(golden.entries.length * 6_000); // one full page load per golden URL, and the file only grows
  const views = MESSAGES.es.views;
  for (const entry of golden.entries) {
    await test.step(`${entry.url || '(bare)'}: ${entry.note}`, async () => {
      await open(page, `./${entry.url}`);
      const m = MESSAGES[entry.state.lang ?? 'es'];
      const name = m.views[entry.state.view as keyof typeof views];
      await expect(page.locator('nav a[aria-current="page"]')).toHaveText(name);
      await expect(page).toHaveTitle(new RegExp(`^${escapeRe(name)}`));
      const content = entry.state.view === 'sources' ? page.getByRole('heading', { name: m.sourcesTitle }) : chart(page);
      await expect(content).toBeVisible();
      // A field added after the entry was written is at its default (goldenUrls.json's readme).
      await expect.poll(() => new URL(page.url()).search).toBe(serialiseViewState({ ...DEFAULT_VIEW_STATE, ...entry.state }));
    });
  }
});

for (const hostile of HOSTILE_URLS) {
  test(`a hostile link is harmless: ${hostile.name}`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await open(page, `./?${hostile.query}`);
    await expect(marks(page).first()).toBeVisible();

    const shown = notice(page);
    if (hostile.shows.length) await expect(shown).toBeVisible();
    for (const text of hostile.shows) await expect(shown).toContainText(text);
    // Values are text: nothing from the link became an element.
    await expect(page.locator('[role="status"] *:not(p, ul, li, code, div, button, span)')).toHaveCount(0);
    await expect(page.locator('[onerror], [onload], img[src="x"]')).toHaveCount(0);

    // The rewritten address keeps only parameters the page knows, each once.
    await expect.poll(() => [...new URL(page.url()).searchParams.keys()].every((k) => PARAM_ORDER.includes(k))).toBe(true);
    const keys = [...new URL(page.url()).searchParams.keys()];
    expect(new Set(keys).size).toBe(keys.length);
    expect(dialogs).toEqual([]);
  });
}

test('the ignored-parameters notice can be dismissed, and unknown parameters leave the address', async ({ page }) => {
  await open(page, './?foo=bar&scale=linear&utm_source=news&v=money');
  await expect(notice(page)).toContainText('foo=bar');
  await expect(notice(page)).not.toContainText('utm_source'); // tracking tags are dropped silently
  await expect.poll(() => new URL(page.url()).search).toBe('?v=money&scale=linear');

  await notice(page).getByRole('button', { name: es.dismiss }).click();
  await expect(notice(page)).toHaveCount(0);
  await page.getByRole('navigation', { name: es.viewsLabel }).getByRole('link', { name: es.views.gpus, exact: true }).click();
  await expect(chart(page)).toBeVisible();
  await expect(notice(page)).toHaveCount(0); // dismissed stays dismissed
});

test('the default view has a bare address, also after visiting another view', async ({ page, baseURL }) => {
  await open(page, './?v=gpus&metric=accelerators&scale=log');
  await expect(chart(page)).toBeVisible();
  await expect.poll(() => page.url()).toBe(baseURL);

  const nav = page.getByRole('navigation', { name: es.viewsLabel });
  await nav.getByRole('link', { name: es.views.money, exact: true }).click();
  await expect(page).toHaveURL(/\?v=money$/);
  await nav.getByRole('link', { name: es.views.gpus, exact: true }).click();
  await expect.poll(() => page.url()).toBe(baseURL);
});

test('document.title follows the view and the language', async ({ page }) => {
  // Twelve tabs, five of them loading the world data: 24 s in one busy run, over the default 30 s in another.
  test.setTimeout(90_000);
  await open(page, './');
  const nav = page.getByRole('navigation', { name: es.viewsLabel });
  await expect(nav.getByRole('link').first()).toBeVisible();
  // Every tab there is, so views added later are covered too.
  for (const link of await nav.getByRole('link').all()) {
    const name = (await link.textContent()) ?? '';
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(new RegExp(`^${escapeRe(name)}.*${escapeRe(es.appName)}`));
  }
  await choose(page, 'radio', 'EN');
  await expect(page).toHaveTitle(new RegExp(`${escapeRe(MESSAGES.en.appName)}`));
});

test.describe('a reader whose browser prefers English, on the Spanish page by its link (?lang=es)', () => {
  test.use({ locale: 'en-GB' });
  test('sees the prerendered Spanish page, and once the app has it, each tab opens Spanish in a new window too', async ({ page, context }) => {
    await page.goto('./?lang=es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await reach(page);
    await expect(page.locator('html')).toHaveAttribute('data-ready', '');
    // The copy was drawn for a Spanish browser, whose links need no lang=; this reader's do.
    await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
    const money = page.getByRole('navigation', { name: es.viewsLabel }).getByRole('link', { name: es.views.money, exact: true });
    await expect(money).toHaveAttribute('href', /[?&]lang=es(&|$)/);
    const [tab] = await Promise.all([context.waitForEvent('page'), money.click({ modifiers: ['Control'] })]);
    await tab.waitForLoadState('domcontentloaded');
    await expect(tab.locator('html')).toHaveAttribute('lang', 'es');
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(es.appName);
  });
});
