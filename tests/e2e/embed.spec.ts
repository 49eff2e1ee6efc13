/**
 * Embeds as a blogger uses them (issue 4): a plain post on another origin holds every chart in
 * `<iframe sandbox="allow-scripts allow-popups">` with our optional resizer; each chart paints,
 * reports its height and gets it; nothing leaves our origin; the embed never listens for
 * messages. Also: JavaScript disabled, a custom view that must not flash the default one, one
 * file per language (old links land on the right one), no script or data before the reader
 * reaches for the chart, and hydration of the prerendered chart on that first hover or key.
 * The README's Content-Security-Policy is tested in csp.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { EMBEDDABLE_VIEWS } from '../../src/view/views.ts';
import { HEIGHT_MESSAGE_TYPE } from '../../src/embed/autoHeight.ts';
import { MESSAGES } from './messages.ts';
import { test, expect, isFirstParty, reach } from './fixtures.ts';

const es = MESSAGES.es;
const BLOG = readFileSync(fileURLToPath(new URL('./blog-post.html', import.meta.url)), 'utf8');
const SANDBOX = 'allow-scripts allow-popups';

interface Seen {
  heights: { frame: number; origin: string; height: number }[];
}

/** Records, in the blog page, our height messages and which of its iframes sent each. */
async function instrument(page: Page) {
  await page.addInitScript((type) => {
    if (window.top !== window) return;
    const seen: Seen = { heights: [] };
    (window as unknown as { __seen: Seen }).__seen = seen;
    window.addEventListener('message', (e) => {
      if (!e.data || e.data.type !== type) return;
      const frame = [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source);
      seen.heights.push({ frame, origin: e.origin, height: e.data.height });
    });
  }, HEIGHT_MESSAGE_TYPE);
}

/**
 * Serves the blog post. Same host as the site (a page on another host here would be a "public"
 * page calling a loopback address, which Chromium's local-network rules block); each sandboxed
 * frame has an opaque origin all the same, so to the page every frame is cross-origin.
 */
async function openBlog(page: Page, siteRoot: string): Promise<string> {
  const blogUrl = new URL('/__blog/post.html', siteRoot).href;
  const frames = EMBEDDABLE_VIEWS.map(
    (c) => `<iframe data-chart="${c}" src="${siteRoot}embed/${c}/" title="${es.views[c]}" width="100%" height="150" loading="lazy" sandbox="${SANDBOX}" style="border:0"></iframe>`,
  ).join('\n    ');
  const body = BLOG.replace('{{CHARTS}}', frames).replaceAll('{{SITE}}', siteRoot);
  await page.route(blogUrl, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
  await page.goto(blogUrl);
  return blogUrl;
}

const siteRootOf = (baseURL: string | undefined) => new URL('./', baseURL).href;

test('a blog post embeds every chart in a sandboxed iframe that paints, reports its height and takes it', async ({ page, baseURL }) => {
  // Six frames, each hydrating on the first hover (src/embed/boot.ts): more than the default budget on a busy 2-core machine.
  // Eight frames since the world charts (one of ~500 marks).
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await instrument(page);
  await openBlog(page, siteRootOf(baseURL));

  for (const [i, chart] of EMBEDDABLE_VIEWS.entries()) {
    const iframe = page.locator(`iframe[data-chart="${chart}"]`);
    await iframe.scrollIntoViewIfNeeded(); // loading="lazy", as in the snippet
    const frame = page.frameLocator(`iframe[data-chart="${chart}"]`);
    await expect(frame.locator('svg[role="graphics-document"]').first()).toBeVisible();
    await frame.locator('main').hover(); // the reader reaches for it: React loads
    await expect(frame.locator('html')).toHaveAttribute('data-ready', '');
    // A sandboxed frame posts as origin "null"; the resizer matched it by window and sized it.
    await expect.poll(() => page.evaluate((n) => (window as unknown as { __seen: Seen }).__seen.heights.filter((h) => h.frame === n).length, i)).toBeGreaterThan(0);
    const contentHeight = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect.poll(() => iframe.evaluate((f: HTMLIFrameElement) => f.style.height)).toBe(`${contentHeight}px`);
    const last = await page.evaluate((n) => (window as unknown as { __seen: Seen }).__seen.heights.filter((h) => h.frame === n).at(-1)!, i);
    expect(last.origin).toBe('null');
    expect(Math.abs(last.height - contentHeight)).toBeLessThanOrEqual(1);
  }
  await expect(page.frameLocator('iframe[data-chart="gpus"]').locator('html')).toHaveAttribute('data-mount', 'hydrate');
  // Let late requests (a frame hydrating on idle loads its chart code then) reach the checks below.
  // Not 'networkidle': with frames that load code on idle, Chromium's per-frame lifecycle event
  // sometimes never fires although no request is pending.
  let seen = -1;
  await expect.poll(() => {
    const settled = requests.length === seen;
    seen = requests.length;
    return settled;
  }, { intervals: [1000], timeout: 20_000 }).toBe(true);
  expect(requests.filter((u) => !isFirstParty(u))).toEqual([]);
});

test('the embed never listens for messages', async ({ page }) => {
  await page.addInitScript(() => {
    const add = window.addEventListener.bind(window);
    (window as unknown as { __listens: number }).__listens = 0;
    window.addEventListener = ((t: string, l: EventListenerOrEventListenerObject, o?: boolean | AddEventListenerOptions) => {
      if (t === 'message') (window as unknown as { __listens: number }).__listens++;
      return add(t, l, o);
    }) as typeof window.addEventListener;
  });
  await page.goto('embed/gpus/?lang=en');
  await page.locator('[data-bar]').first().hover();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  expect(await page.evaluate(() => (window as unknown as { __listens: number }).__listens)).toBe(0);
});

test('a custom view renders without first showing the default chart', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/embed-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const ids = 'marenostrum-5-acc~deepseek-v3-cluster';
  await page.goto(`embed/gpus/?ids=${ids}`, { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('data-pv', 'none');
  await expect(page.locator('body')).toBeAttached();
  // The prerendered copies are in the page, and none is shown while the script is held.
  await expect(page.locator('[data-variant]').first()).toBeAttached();
  await expect(page.locator('svg[role="graphics-document"]:visible')).toHaveCount(0);
  release();
  const chart = page.locator('svg[role="graphics-document"]');
  await expect(chart.locator('[role="graphics-symbol"]')).toHaveCount(ids.split('~').length);
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'render');
});

test('a custom view says "Loading…" in the embed’s language while its data is slow', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/data\/atlas\.[0-9a-f.]+\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  for (const [lang, query] of [['es', '?metric=bf16'], ['en', '?metric=bf16&lang=en']] as const) {
    await page.goto(`embed/gpus/${query}`);
    await expect(page.getByRole('status')).toHaveText(MESSAGES[lang].loading);
    await expect(page.locator('svg[role="graphics-document"]:visible')).toHaveCount(0);
  }
  release();
  await expect(page.getByRole('status')).toBeHidden();
  await expect(page.getByRole('heading', { name: MESSAGES.en.gpusTitle(MESSAGES.en.metrics.bf16) })).toBeVisible();
});

test('no script past the boot script, and no data, until the reader reaches for the chart', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('embed/gpus/');
  await page.waitForLoadState('load');
  await page.waitForTimeout(2000); // longer than any idle-time loading would wait
  const scripts = requests.filter((p) => p.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((p) => /\/assets\/(embed|boot)-[\w-]+\.js$/.test(p)), scripts.join(', ')).toBe(true);
  expect(requests.filter((p) => p.endsWith('.json'))).toEqual([]);
  await expect(page.locator('html')).not.toHaveAttribute('data-ready', '');
  // The first hover loads it, and that hover's tooltip opens.
  const bar = page.locator('[data-bar]').nth(2);
  await bar.hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
  expect(requests.some((p) => /\/data\/atlas\.[0-9a-f.]+\.json$/.test(p))).toBe(true);
});

test('a keyboard user loses no key press while the chart loads', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/data\/atlas\.[0-9a-f.]+\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('embed/gpus/');
  const marks = page.locator('[role="graphics-symbol"]');
  await marks.first().focus(); // focus starts the loading…
  await page.keyboard.press('ArrowDown'); // …and this key arrives before React does
  await expect(page.locator('html')).not.toHaveAttribute('data-ready', '');
  release();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(marks.nth(1)).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText((await marks.nth(1).getAttribute('aria-label'))!.split(':')[0]!);
});

test('when the data fails, an embed keeps its prerendered chart, even with a value it ignores (?scale=xx); a view with no copy says so, with Retry', async ({ page, allowFailedRequest }) => {
  allowFailedRequest(/\/data\/atlas/);
  await page.route(/\/data\/atlas\.[0-9a-f.]+\.json$/, (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto('embed/gpus/?scale=xx');
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-pv', '0');
  await expect(page.locator('[data-bar]').first()).toBeVisible();
  // A custom view has no prerendered copy: the message, not "Loading data…" for ever.
  await page.goto('embed/gpus/?metric=bf16&scale=linear');
  await expect(page.getByText(es.embed.loadError)).toBeVisible();
  await expect(page.getByRole('button', { name: es.retry })).toBeVisible();
});

test('each language has its own prerendered file, and old links land on it', async ({ page }) => {
  await page.goto('embed/gpus/?lang=en&utm_source=blog');
  await expect(page).toHaveURL(/\/embed\/gpus\/en\/\?lang=en&utm_source=blog$/);
  const en = MESSAGES.en.gpusTitle(MESSAGES.en.metrics.accelerators);
  await expect(page.getByRole('heading', { name: en })).toBeVisible();
  expect(await page.locator('[data-variant]').count()).toBe(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Back to Spanish from the English file.
  await page.goto('embed/gpus/en/?lang=es');
  await expect(page).toHaveURL(/\/embed\/gpus\/\?lang=es$/);
  await expect(page.getByRole('heading', { name: es.gpusTitle(es.metrics.accelerators) })).toBeVisible();
});

test('a phone copy’s address opened on a wide screen lands on the wide copy, query kept (src/embed/narrowCopy.ts)', async ({ page }) => {
  await page.goto('embed/gpus/narrow/?theme=dark');
  await expect(page).toHaveURL(/\/embed\/gpus\/\?theme=dark$/);
  await expect(page.locator('[data-variant]')).not.toHaveAttribute('data-width');
  await expect(page.locator('main svg[role="graphics-document"]').first()).toHaveAttribute('width', '640');
  await page.goto('clusters/narrow/?v=clusters&lang=en');
  await expect(page).toHaveURL(/\/clusters\/en\/\?v=clusters&lang=en$/);
  await expect(page.locator('main svg[role="graphics-document"]').first()).toHaveAttribute('width', '640');
});

test.describe('a reader whose browser prefers English', () => {
  test.use({ locale: 'en-GB' });
  test('the bare embed address shows the English copy', async ({ page }) => {
    await page.goto('embed/money/');
    await expect(page).toHaveURL(/\/embed\/money\/en\/$/);
    await expect(page.getByRole('heading', { name: MESSAGES.en.moneyTitle })).toBeVisible();
  });
});

test('title=0 hides the title before any script loads, and after', async ({ page }) => {
  await page.goto('embed/gpus/?title=0');
  const title = es.gpusTitle(es.metrics.accelerators);
  await expect(page.locator('[data-variant] h2')).toHaveText(title); // the one prerendered copy…
  await expect(page.getByRole('heading', { name: title })).toBeHidden(); // …without its title
  await expect(page.locator('svg[role="graphics-document"]:visible')).toHaveCount(1);
  await page.locator('[data-bar]').first().hover();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
  await expect(page.locator('figure > header')).toHaveCount(0);
});

test('the prerendered chart is hydrated: a bar explains itself on hover', async ({ page }) => {
  await page.goto('embed/gpus/');
  await page.locator('[data-bar]').first().hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
  const link = page.getByRole('link', { name: new RegExp(es.embed.openInAtlas) });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  // Chromium still sees the module preloads and refuses them ("csp"): expected, scripts are off.
  test.beforeEach(({ allowFailedRequest }) => allowFailedRequest(/\/assets\/[\w.-]+\.js$/));

  test('the prerendered embed shows its chart as SVG, with its title', async ({ page }) => {
    await page.goto('embed/gpus/');
    const title = es.gpusTitle(es.metrics.accelerators);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    const svg = page.locator('svg[role="graphics-document"]:visible');
    await expect(svg).toHaveCount(1);
    await expect(svg.locator('title')).toHaveText(title);
    expect(await svg.locator('[role="graphics-symbol"]').count()).toBeGreaterThan(0);
    // Scaled to the frame until scripts would re-lay it out.
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
  });

  test('the dashboard shows its headline and GPU chart', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: es.appName })).toBeVisible();
    await expect(page.getByRole('heading', { name: es.headlineTitle })).toBeVisible();
    await expect(page.locator('svg[role="graphics-document"]:visible')).toHaveCount(1);
  });
});
