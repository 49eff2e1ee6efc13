/**
 * The dashboard as a reader meets it (issue 2, §4): it loads cleanly, the headline ratios are
 * the data's, scale and filters change the bars and the address, a broken data file shows an
 * error with a working retry, bars explain themselves on hover and focus, and the CSV holds
 * what the chart shows. Expected numbers are derived from data/, never typed in.
 */
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { MESSAGES } from './messages.ts';
import { test, expect, reach } from './fixtures.ts';

const result = loadDatasetFromDir(fileURLToPath(new URL('../../data', import.meta.url)));
if (!result.ok) throw new Error(`data/ does not validate:\n${result.messages.join('\n')}`);
const dataset: Dataset = result.dataset;
const es = MESSAGES.es;

/**
 * Opens a page of the app and waits until React has taken it over: the build's prerendered copy
 * is on screen (and clickable) before that, but inert. ReadyMark (src/embed/ReadyMark.tsx) sets
 * `<html data-ready>` on React's first commit, and `data-view-ready` once the view (a lazy chunk)
 * has committed too: only then is the chart laid out at the page's width, not the build's 640 px.
 */
async function open(page: Page, url: string) {
  await page.goto(url);
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(page.locator('html')).toHaveAttribute('data-view-ready');
}

// Both the build's pinned file (atlas.<version>.<digest>.json) and the unversioned one the retry fetches.
const DATA_URL = /\/data\/atlas(?:\.[\w-]+)*\.json(?:\?.*)?$/;

const chart = (page: Page) => page.getByRole('main').locator('svg[role="graphics-document"]').first();
const marks = (page: Page) => chart(page).locator('[role="graphics-symbol"]');
const barIds = (page: Page) => marks(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-bar') ?? ''));
/** Width of a bar's own rectangle (the one styled by confidence; the hit area has no style). */
const barWidth = async (page: Page, id: string) => Number(await chart(page).locator(`[data-bar="${id}"] > rect[style]`).getAttribute('width'));

/** Where each bar is drawn: id, start and width. */
const barGeometry = (page: Page) =>
  chart(page)
    .locator('[data-bar] > rect[style]')
    .evaluateAll((rects) => rects.map((r) => `${r.parentElement!.getAttribute('data-bar')} ${r.getAttribute('x')} ${r.getAttribute('width')}`));

/** Clicks the visible label of a radio or checkbox, as a reader does (the input itself is visually hidden). */
async function choose(page: Page, role: 'radio' | 'checkbox', name: string) {
  await page.locator('label').filter({ has: page.getByRole(role, { name, exact: true }) }).click();
}

const systemsWithCount = dataset.systems.filter((s) => s.acceleratorCount);

test('the dashboard loads with its charts, headline and no browser errors', async ({ page }) => {
  await open(page, './');
  await expect(page.getByRole('region', { name: es.headlineTitle })).toBeVisible();
  await expect(chart(page)).toBeVisible();
  // One bar per system with a GPU count: the default view filters nothing.
  await expect(marks(page)).toHaveCount(systemsWithCount.length);
  await page.waitForLoadState('networkidle'); // a late failing request still reaches the fixture
});

/** The compared value of one side of a headline comparison, with its unit. */
function sideValue(id: string): { value: number; unit: string } {
  const system = dataset.systems.find((s) => s.id === id);
  if (system?.acceleratorCount) return { value: system.acceleratorCount.value, unit: 'accelerators' };
  const money = dataset.money.find((x) => x.id === id);
  if (money) return { value: money.amount.value, unit: money.amount.unit };
  throw new Error(`headline side ${id} is neither a system with a GPU count nor a money figure`);
}

for (const lang of ['es', 'en'] as const) {
  test(`headline cards show the ratios computed from the data (${lang})`, async ({ page }) => {
    await open(page, `./?lang=${lang}`);
    const headline = page.getByRole('region', { name: MESSAGES[lang].headlineTitle });
    await expect(headline).toBeVisible();
    const cards = headline.getByRole('article');
    await expect(cards).toHaveCount(dataset.comparisons.length);
    const count = new Intl.NumberFormat(lang, { useGrouping: 'always' } as Intl.NumberFormatOptions);
    for (const c of dataset.comparisons) {
      const a = sideValue(c.a);
      const b = sideValue(c.b);
      expect(a.unit, `${c.id}: both sides in one unit`).toBe(b.unit);
      const ratio = `×${new Intl.NumberFormat(lang, { maximumSignificantDigits: 3 }).format(a.value / b.value)}`;
      const card = cards.filter({ hasText: ratio });
      await expect(card, `${c.id} shows ${ratio}`).toHaveCount(1);
      if (a.unit === 'accelerators') {
        await expect(card).toContainText(count.format(a.value));
        await expect(card).toContainText(count.format(b.value));
      }
    }
  });
}

test('log and linear scales draw different bars; linear bars are proportional to the values', async ({ page }) => {
  const gpus = dataset.comparisons.find((c) => c.metric === 'accelerators');
  test.skip(!gpus, 'no GPU comparison in the data');
  const [a, b] = [sideValue(gpus!.a), sideValue(gpus!.b)];
  const expected = a.value / b.value;

  await open(page, './');
  await expect(marks(page).first()).toBeVisible();
  const logGeometry = await barGeometry(page);
  const logRatio = (await barWidth(page, gpus!.a)) / (await barWidth(page, gpus!.b));
  expect(Math.abs(logRatio - expected), 'a log scale compresses the ratio').toBeGreaterThan(0.1);

  await choose(page, 'radio', es.scales.linear);
  await expect(page).toHaveURL(/[?&]scale=linear(&|$)/);
  await expect.poll(async () => (await barWidth(page, gpus!.a)) / (await barWidth(page, gpus!.b))).toBeCloseTo(expected, 1);

  await choose(page, 'radio', es.scales.log);
  await expect(page).not.toHaveURL(/scale=/); // log is the default: not written
  await expect.poll(() => barGeometry(page)).toEqual(logGeometry);
});

test('a region filter keeps only that region\'s bars and is written to the address', async ({ page }) => {
  await open(page, './');
  await expect(marks(page)).toHaveCount(systemsWithCount.length);

  await choose(page, 'checkbox', es.regions.asia);
  await expect(page).toHaveURL(/[?&]region=asia(&|$)/);
  const asia = systemsWithCount.filter((s) => s.region === 'asia').map((s) => s.id);
  await expect(marks(page)).toHaveCount(asia.length);
  expect((await barIds(page)).sort()).toEqual([...asia].sort());

  await choose(page, 'checkbox', es.regions.asia); // unchecking it shows everything again
  await expect(page).not.toHaveURL(/region=/);
  await expect(marks(page)).toHaveCount(systemsWithCount.length);
});

const BROKEN = [
  { name: 'a server error', kind: 'http', fulfil: { status: 500, contentType: 'text/plain', body: 'Internal Server Error' } },
  { name: 'malformed JSON', kind: 'malformed', fulfil: { status: 200, contentType: 'application/json', body: '{"version": "x", "systems": [' } },
] as const;

for (const broken of BROKEN) {
  test(`${broken.name} in the data request shows the error beside the prerendered chart, and Retry loads the charts`, async ({ page, allowFailedRequest }) => {
    allowFailedRequest(DATA_URL); // the browser logs "Failed to load resource: … 500"
    await page.route(DATA_URL, (route) => route.fulfill(broken.fulfil));
    await page.goto('./');
    await reach(page); // the app, and so the failed data, come when the reader reaches for the page

    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: es.loadErrorTitle })).toBeVisible();
    await expect(alert).toContainText(es.loadErrorKinds[broken.kind]);
    // The default view's prerendered chart and headline stay on screen, static, beside the message.
    await expect(chart(page)).toBeVisible();
    await expect(page.getByRole('region', { name: es.headlineTitle })).toBeVisible();

    await page.unroute(DATA_URL);
    await alert.getByRole('button', { name: es.retry }).click();
    await expect(alert).toBeHidden();
    await expect(marks(page)).toHaveCount(systemsWithCount.length);
    await expect(page.getByRole('region', { name: es.headlineTitle })).toBeVisible();
  });
}

test('with a value the app ignores in the address (?scale=xx), a failed data load still shows the prerendered chart beside the error', { tag: '@phone' }, async ({ page, allowFailedRequest }) => {
  // The head script hides the prerendered copy while the address may ask for another view; when
  // the data then fails, the copy must come back (it was a blank page with only the error).
  allowFailedRequest(DATA_URL);
  await page.route(DATA_URL, (route) => route.fulfill(BROKEN[0].fulfil));
  await page.goto('./?scale=xx');
  await reach(page);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: es.loadErrorTitle })).toBeVisible();
  await expect(chart(page)).toBeVisible();
  await expect(marks(page).first()).toBeVisible();
  await expect(alert.getByRole('button', { name: es.retry })).toBeVisible();
});

/** A mark's accessible label starts with the name its tooltip shows ("MareNostrum 5 ACC: 4.480 …"). */
const markName = async (page: Page, index: number) => {
  const label = (await marks(page).nth(index).getAttribute('aria-label')) ?? '';
  return label.slice(0, label.indexOf(': '));
};

test('a bar\'s details appear on hover and on keyboard focus; Escape closes them', async ({ page }) => {
  await open(page, './');
  const tooltip = page.getByRole('tooltip');
  const second = marks(page).nth(1);
  await expect(second).toBeVisible();

  await second.locator('rect[style]').hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(await markName(page, 1));
  await page.mouse.move(1, 1);
  await expect(tooltip).toBeHidden();

  // Focus (a11y.spec.ts checks that Tab reaches the marks).
  await marks(page).first().focus();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(await markName(page, 0));
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(marks(page).first()).toBeFocused(); // Escape closes the details, not the reader's place
});

/** RFC 4180 records: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

test('the CSV download has a header and one row per bar on screen', async ({ page }) => {
  await open(page, './?region=europe');
  const europe = systemsWithCount.filter((s) => s.region === 'europe').map((s) => s.id);
  await expect(marks(page)).toHaveCount(europe.length);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: es.downloadCsv }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  const [header, ...records] = rows;
  expect(header).toEqual(expect.arrayContaining(['id', 'name', 'value', 'unit', 'as_of', 'confidence']));
  expect(records).toHaveLength(europe.length);
  const idColumn = header!.indexOf('id');
  expect(records.map((r) => r[idColumn]).sort()).toEqual((await barIds(page)).sort());
  for (const r of records) expect(r, 'every record has every column').toHaveLength(header!.length);
});

test('no chart text is cut off by its frame, on any tab', async ({ page }) => {
  await open(page, './');
  const nav = page.getByRole('navigation', { name: es.viewsLabel });
  await expect(chart(page)).toBeVisible();
  // Every tab there is, so charts added later are checked too.
  for (const name of await nav.getByRole('link').allTextContents()) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page.locator('nav a[aria-current="page"]')).toHaveText(name);
    const view = page.getByRole('main').locator(`section[aria-label="${name}"]`);
    await expect(view.locator('svg[role="graphics-document"], h2').first()).toBeVisible();
    const cut = await view.locator('svg[role="graphics-document"] text').evaluateAll((els) =>
      els
        .filter((t) => {
          const frame = t.closest('figure')?.getBoundingClientRect();
          const r = t.getBoundingClientRect();
          return frame && r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1);
        })
        .map((t) => (t.textContent ?? '').slice(0, 50)),
    );
    expect(cut, `${name}: texts outside the chart's frame`).toEqual([]);
  }
});

test('a click on the page before the app has taken it over counts once it has, and never leaves a control out of step with the chart', async ({ page }) => {
  // Slow data keeps the prerendered copy (if the build made one) on screen, inert, for a while.
  await page.route(DATA_URL, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await page.locator('label').filter({ has: page.getByRole('radio', { name: es.scales.linear, exact: true }) }).click();
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  await expect(marks(page).first()).toBeVisible();
  // The click was held while the app loaded, and handed to it (src/embed/intent.ts): it counted.
  const linear = page.getByRole('radio', { name: es.scales.linear, exact: true });
  await expect(page).toHaveURL(/[?&]scale=linear(&|$)/);
  await expect(linear).toBeChecked();
});
