// @vitest-environment node
/**
 * Builds the site under a sub-path (as on GitHub Pages) with a site address, and checks what the
 * prerender step wrote: one prerendered copy per file (a file per language and view), each
 * painting its SVG without scripts, with its critical CSS inline and nothing render-blocking,
 * under a CSP whose only inline script is the head script (allowed by its hash), pinned to the
 * dataset, with oEmbed discovery, a static image and og:image.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { loadDatasetFromDir } from '../scripts/datasetFiles.ts';
import { headScriptSource } from '../scripts/vitePluginEmbed.ts';
import { pinnedDataFile } from '../scripts/pinnedDataFile.ts';
import { WAIT_FOR_COPY } from '../scripts/prerenderHtml.ts';
import { loadPublishedDataset } from '../scripts/releaseFiles.ts';
import { EMBEDDABLE_VIEWS, VIEWS, viewRow, type EmbeddableView } from '../src/view/views.ts';
import { MESSAGES } from '../src/i18n/messages.ts';

const root = resolve(__dirname, '..');
const BASE = '/atlas/';
const SITE = 'https://atlas.example';
const out = mkdtempSync(join(tmpdir(), 'atlas-build-'));
const read = (file: string) => readFileSync(join(out, file), 'utf8');
const dataset = (() => {
  const r = loadDatasetFromDir(resolve(root, 'data'));
  if (!r.ok) throw new Error('dataset');
  return r.dataset;
})();
/** The dataset file the pages pin (named by version and digest: scripts/pinnedDataFile.ts). */
const PINNED = pinnedDataFile(loadPublishedDataset(resolve(root, 'data'))).fileName;

beforeAll(async () => {
  // Vitest sets NODE_ENV=test, which would make this a development build of React.
  const saved = { SITE_URL: process.env.SITE_URL, NODE_ENV: process.env.NODE_ENV };
  Object.assign(process.env, { SITE_URL: SITE, NODE_ENV: 'production' });
  try {
    await build({ root, configFile: resolve(root, 'vite.config.ts'), base: BASE, mode: 'production', logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
const copies = (html: string) => [...html.matchAll(/<div data-variant="(\d+)" data-key="([^"]*)"/g)].map((m) => m[2]!.replace(/&amp;/g, '&'));

const HEAD_SCRIPT = headScriptSource(root);

/** One inline script, the head script (the README's CSP allows its hash); one <style>; nothing render-blocking. */
function expectStrictCspSafe(html: string) {
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline).toEqual([HEAD_SCRIPT]);
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) if (tag !== '<script>') expect(tag, 'every other script is a file').toMatch(/\bsrc="/);
  expect(html.match(/<style>/g)).toHaveLength(1);
  for (const tag of html.match(/<link rel="stylesheet"[^>]*>/g) ?? []) expect(tag, 'no render-blocking stylesheet').toContain('media="print"');
  for (const m of html.matchAll(/\b(?:src|href)="(\/[^"]*)"/g)) expect(m[1]!.startsWith(BASE), m[1]).toBe(true);
}

/** The first paint waits until `#root`, right after the copy, is parsed (scripts/prerenderHtml.ts). */
function expectFirstPaintWaitsForCopy(html: string): void {
  expect(html.indexOf(WAIT_FOR_COPY), 'in <head>').toBeGreaterThan(0);
  expect(html.indexOf(WAIT_FOR_COPY)).toBeLessThan(html.indexOf('</head>'));
  expect(html.match(/ id="root"/g), 'one #root').toHaveLength(1);
  expect(html.indexOf('data-variant="0"')).toBeLessThan(html.indexOf('<div id="root">'));
}

const configOf = (html: string) => JSON.parse(/<meta name="atlas-prerender" content="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));

const TITLES: Partial<Record<EmbeddableView, string>> = {
  gpus: MESSAGES.es.gpusTitle(MESSAGES.es.metrics.accelerators),
  money: MESSAGES.es.moneyTitle,
};

/** The table of views (src/view/views.ts) says which embed pages carry a prerendered copy. */
const PRERENDERED = EMBEDDABLE_VIEWS.filter((id) => viewRow(id).isPrerendered);
const NOT_PRERENDERED = EMBEDDABLE_VIEWS.filter((id) => !viewRow(id).isPrerendered);

describe.each(PRERENDERED)('embed/%s/', (chart) => {
  it.each([['', 'es'], ['en/', 'en']])('%sindex.html is a page of its own with one copy, safe under a strict CSP, pinned to the dataset', (dir, lang) => {
    const html = read(`embed/${chart}/${dir}index.html`);
    expectStrictCspSafe(html);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(`<meta name="atlas-data" content="${BASE}${PINNED}" />`);
    // The data is fetched when the reader reaches for the chart, not preloaded.
    expect(html).not.toMatch(/rel="preload"[^>]*atlas\./);
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<style>'));
    expect(html).not.toMatch(/<link rel="stylesheet" crossorigin/);
    expect(copies(html)).toEqual([`${lang}|`]);
    expectFirstPaintWaitsForCopy(html);
    const config = configOf(html);
    expect(config).toMatchObject({ key: `${lang}|`, drop: ['theme', 'title'] });
    expect(config.pages).toMatchObject({ 'es|': `${BASE}embed/${chart}/`, 'en|': `${BASE}embed/${chart}/en/` });
    for (const [key, path] of Object.entries(config.pages as Record<string, string>)) expect(copies(read(`${path.slice(BASE.length)}index.html`)), path).toEqual([key]);
  });
});

describe.each(PRERENDERED)('embed/%s/ (a prerendered chart)', (chart) => {
  it('holds the chart as SVG, titled, in copy 0 (what shows without scripts)', () => {
    const html = read(`embed/${chart}/index.html`);
    const first = html.slice(html.indexOf('data-variant="0"'), html.indexOf('<div id="root">'));
    const svg = /<svg role="graphics-document"[^>]*viewBox="0 0 (\d+) (\d+)"[^>]*>\s*<title[^>]*>([^<]+)<\/title>/.exec(first);
    expect(svg, 'an <svg> with a <title>').not.toBeNull();
    const h2 = text(/<h2[^>]*>(.*?)<\/h2>/.exec(first)![1]!);
    if (TITLES[chart]) expect(h2).toBe(TITLES[chart]);
    expect(text(svg![3]!)).toBe(h2);
    expect(text(/<title>([^<]*)<\/title>/.exec(html)![1]!)).toBe(`${h2} · ${MESSAGES.es.appName}`);
  });

  it('loads only its small boot script up front: React and the panel come later (src/embed/boot.ts)', () => {
    const html = read(`embed/${chart}/index.html`);
    const upFront = [...html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(upFront.length).toBeGreaterThan(0);
    const gzipped = upFront.reduce((sum, href) => sum + gzipSync(readFileSync(join(out, href.slice(BASE.length)))).length, 0);
    expect(gzipped).toBeLessThan(20 * 1024);
  });

  it('has a static image, og:image and an oEmbed document found by discovery', () => {
    const html = read(`embed/${chart}/index.html`);
    const png = readFileSync(join(out, `embed/${chart}/default-es.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(html).toContain(`<meta property="og:image" content="${SITE}${BASE}embed/${chart}/default-es.png" />`);
    expect(html).toContain(`<meta name="twitter:image" content="${SITE}${BASE}embed/${chart}/default-es.png" />`);
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)![1]!;
    expect(href).toBe(`${BASE}embed/${chart}/default-es.oembed.json`);
    const oembed = JSON.parse(read(href.slice(BASE.length)));
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: MESSAGES.es.embed.providerName });
    expect(oembed.html).toContain(`<iframe src="${SITE}${BASE}embed/${chart}/"`);
    expect(oembed.html).toContain('sandbox="allow-scripts allow-popups');
    expect(oembed.thumbnail_url).toBe(`${SITE}${BASE}embed/${chart}/default-es.png`);
    expect(oembed.width).toBeGreaterThan(0);
    expect(oembed.height).toBeGreaterThan(0);
    expect(existsSync(join(out, `embed/${chart}/default-en.oembed.json`))).toBe(true);
    // The English copy's snippet names its own folder: it opens there, without a move.
    expect(JSON.parse(read(`embed/${chart}/default-en.oembed.json`)).html).toContain(`<iframe src="${SITE}${BASE}embed/${chart}/en/?lang=en"`);
  });

});

if (NOT_PRERENDERED.length)
  it.each(NOT_PRERENDERED)('embed/%s/ is the bare embed page, whose script draws the chart', (chart) => {
    expect(read(`embed/${chart}/index.html`)).toBe(read('embed/index.html'));
  });

it('writes an embed page for every embeddable view and none for the others', () => {
  for (const view of VIEWS) expect(existsSync(join(out, `embed/${view}/index.html`)), view).toBe(EMBEDDABLE_VIEWS.includes(view as EmbeddableView));
});

describe('the dashboard', () => {
  it('is prerendered with its headline and GPU chart, one file per language', () => {
    const html = read('index.html');
    expectStrictCspSafe(html);
    expect(copies(html)).toEqual(['es|']);
    expectFirstPaintWaitsForCopy(html);
    expect(html).toContain(`>${MESSAGES.es.appName}</h1>`);
    expect(html).toContain(`>${MESSAGES.es.headlineTitle}</h2>`);
    expect(html).toMatch(/<svg role="graphics-document"/);
    expect(html).toContain(`<meta property="og:image" content="${SITE}${BASE}embed/gpus/default-es.png" />`);
    // The dashboard needs the data at once: it is preloaded.
    expect(html).toContain(`<link rel="preload" href="${BASE}${PINNED}" as="fetch" crossorigin />`);
    const en = read('en/index.html');
    expectStrictCspSafe(en);
    expect(copies(en)).toEqual(['en|']);
    expect(en).toContain(`>${MESSAGES.en.appName}</h1>`);
    expect(configOf(en).pages).toMatchObject({ 'es|': BASE, 'en|': `${BASE}en/` });
    // The app writes its links from the site's root: the head script shows that address.
    expect(configOf(en).home).toBe(BASE);
  });

  const WORLD_VIEWS = VIEWS.filter((v) => viewRow(v).needsWorld);
  it.each(WORLD_VIEWS.flatMap((view) => [[view, 'es', ''], [view, 'en', 'en/']]))(
    '%s/ has a page of its own in %s, prerendered with the world data it names',
    (view, lang, dir) => {
      const html = read(`${view}/${dir}index.html`);
      expectStrictCspSafe(html);
      const key = `${lang}|v=${view}`;
      expect(copies(html)).toEqual([key]);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toMatch(/<main[\s\S]*<svg role="graphics-document"/);
      const config = configOf(html);
      expect(config).toMatchObject({ key, home: BASE });
      // Search engines and link previews get the address readers share: the file's own folder,
      // which opens in one navigation (src/embed/addressPath.ts).
      expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}${view}/${dir}?v=${view}${lang === 'es' ? '' : '&amp;lang=en'}" />`);
      // The copy's tab links name the files that hold their views' copies, in the copy's language.
      expect(html).toContain(lang === 'es' ? `href="${BASE}"` : `href="${BASE}en/?lang=en"`);
      for (const other of WORLD_VIEWS) expect(html).toContain(`href="${BASE}${other}/${dir}?v=${other}${lang === 'es' ? '' : '&amp;lang=en'}"`);
      // Every dashboard page knows every other, so any of them moves a visit to the file that fits.
      expect(config.pages).toEqual(configOf(read('index.html')).pages);
      expect(config.pages[key]).toBe(`${BASE}${view}/${dir}`);
      const world = /<meta name="atlas-world" content="([^"]+)"/.exec(html)![1]!;
      expect(world).toMatch(new RegExp(`^${BASE}data/world\\.[0-9a-f]+\\.json$`));
      // Named, not preloaded: its 200 KB download would delay the chart's first paint (the boot script asks for it after).
      expect(html).not.toMatch(/rel="preload"[^>]*data\/world/);
      expectFirstPaintWaitsForCopy(html);
      expect(JSON.parse(read(world.slice(BASE.length))).clusters.length).toBeGreaterThan(0);
    },
  );

  it('the default view does not name or preload the world data', () => {
    for (const file of ['index.html', 'en/index.html']) expect(read(file)).not.toMatch(/atlas-world|data\/world/);
  });

  it('publishes the pinned dataset and the scripts a host page and a built page need', () => {
    expect(JSON.parse(read(PINNED)).version).toBe(dataset.version);
    expect(existsSync(join(out, 'embed-resize.js'))).toBe(true);
    expect(existsSync(join(out, 'atlas-head.js'))).toBe(true);
  });
});

describe('the data API', () => {
  test('publishes every dated release in a folder of its own, and latest names the release the data equals', () => {
    const releases = readdirSync(resolve(root, 'data/releases'), { withFileTypes: true }).filter((e) => e.isDirectory() && /^\d{4}-\d{2}-\d{2}$/.test(e.name)).map((e) => e.name);
    expect(releases.length).toBeGreaterThan(0);
    const index = JSON.parse(read('data/api/index.json')) as { latest: string; releases: string[] };
    for (const id of releases) {
      expect(index.releases).toContain(id);
      const meta = JSON.parse(read(`data/api/${id}/metadata.json`)) as { release: string };
      expect(meta.release).toBe(id);
      expect(read(`data/api/${id}/systems.csv`).split('\r\n')[0]).toMatch(/^id,/);
    }
    const latest = JSON.parse(read('data/api/latest/metadata.json')) as { release: string };
    expect(latest.release).toBe(index.latest);
    // Today's data is the newest release, so latest is that release's folder under another name.
    if (index.latest === releases.at(-1)) expect(read('data/api/latest/systems.csv')).toBe(read(`data/api/${index.latest}/systems.csv`));
  });
});

describe('phone copies (src/embed/narrowCopy.ts)', () => {
  const folders = [
    ...PRERENDERED.flatMap((chart) => [`embed/${chart}/`, `embed/${chart}/en/`]),
    '',
    'en/',
    ...VIEWS.filter((v) => viewRow(v).needsWorld).flatMap((view) => [`${view}/`, `${view}/en/`]),
  ];
  const chartWidths = (html: string) => [...html.matchAll(/<svg role="graphics-document"[^>]*viewBox="0 0 (\d+) /g)].map((m) => Number(m[1]));
  const tag = (html: string, pattern: RegExp) => pattern.exec(html)?.[0] ?? null;

  it.each(folders)('%s has a twin in narrow/: the same copy drawn at a phone’s width, which says so, under the same head tags', (dir) => {
    const wide = read(`${dir}index.html`);
    const phone = read(`${dir}narrow/index.html`);
    expectStrictCspSafe(phone);
    expectFirstPaintWaitsForCopy(phone);
    expect(copies(phone)).toEqual(copies(wide));
    expect(phone).toMatch(/<div data-variant="0"[^>]* data-width="300">/);
    expect(wide).not.toContain('data-width=');
    expect(chartWidths(wide).length).toBeGreaterThan(0);
    expect(new Set(chartWidths(wide))).toEqual(new Set([640]));
    expect(new Set(chartWidths(phone))).toEqual(new Set([300]));
    // A link shared from a phone names the wide file; previews and oEmbed are the wide copy's.
    for (const pattern of [/<link rel="canonical"[^>]*>/, /<meta property="og:image"[^>]*>/, /<link rel="alternate" type="application\/json\+oembed"[^>]*>/, /<title>[^<]*<\/title>/])
      expect(tag(phone, pattern), String(pattern)).toBe(tag(wide, pattern));
    // The head script reads the viewport's width: a phone has read its meta tag by then.
    expect(phone.indexOf('<meta name="viewport"')).toBeLessThan(phone.indexOf('<script>'));
    expect(wide.indexOf('<meta name="viewport"')).toBeLessThan(wide.indexOf('<script>'));
    const [w, p] = [configOf(wide), configOf(phone)];
    expect(w.isNarrow).toBeUndefined();
    expect(p.isNarrow).toBe(true);
    expect(p.pages).toEqual(w.pages);
    expect(p.narrow).toEqual(w.narrow);
    expect(w.narrow.pages[w.key]).toBe(`${BASE}${dir}narrow/`);
    expect(w.narrow.below).toBe(dir.startsWith('embed/') ? 546 : 570);
  });
});
