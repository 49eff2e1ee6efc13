/**
 * Build-time prerendering, run by the embed plugin (scripts/vitePluginEmbed.ts) once `vite build`
 * has written dist/. Why this way: Vite's SSR module loader (`createServer().ssrLoadModule`)
 * renders the very source files the browser bundle was built from, TSX included, with no second
 * bundle to keep in step and no extra tool; it takes a second.
 *
 * Writes, for every chart id, one HTML file per prerendered copy — `embed/<chart>/index.html`
 * (the default view in Spanish), `embed/<chart>/en/index.html`, `embed/<chart>/<variant>-<lang>/`
 * (scripts/prerenderEntry.tsx, copyFile) — each with its head tags, oEmbed discovery and only the
 * CSS its first paint needs, inline; `embed/<chart>/<variant>-<lang>.png`, and with SITE_URL set,
 * `embed/<chart>/<variant>-<lang>.oembed.json`; rewrites `index.html` (+ `en/index.html`) with
 * the dashboard's default view, and writes a dashboard page per world view in its default state
 * (`clusters/index.html`, `clusters/en/index.html`…: prerenderEntry.tsx, DASHBOARD_VIEWS), which
 * preloads the world data its copy was rendered with. oEmbed documents and og:image need absolute URLs, so they
 * are written only when the site's address is known (SITE_URL): a relative one would point into
 * the embedding site.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { loadAllMessages, MESSAGES } from '../src/i18n/messages.ts';
import { DEFAULT_LANG, LANGS } from '../src/i18n/lang.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { DEFAULT_VIEW_STATE, serialiseViewState } from '../src/view/viewState.ts';
import { pinnedWorldPath } from '../src/data/worldLoad.ts';
import { WORLD_META } from '../src/app/worldPrefetch.ts';
import { EMBEDDABLE_VIEWS, viewRow } from '../src/view/views.ts';
import { dataDirOf } from './datasetFiles.ts';
import { loadPublishedDataset } from './releaseFiles.ts';
import { loadValidWorld } from './worldFiles.ts';
import { asyncModuleEntry, copiesMarkup, deferStylesheets, escapeAttr, escapeHtml, fillTemplate, loadingNotes, loadingNotesCss, metaTags, oembedDocument, prerenderMeta, stylesheetHrefs, stylesheetsWithoutCors } from './prerenderHtml.ts';
import { criticalCss } from './criticalCss.ts';
import { rasterise } from './prerenderImage.ts';
import type { Copy, CopyText, PlannedPage } from './prerenderEntry.tsx';
import { NARROW_FOLDER, narrowBelow } from '../src/embed/narrowCopy.ts';

export interface PrerenderOptions {
  root: string;
  outDir: string;
  base: string;
  /** The site's address (`https://user.github.io` or with the base path); absolute URLs need it. */
  siteUrl?: string | undefined;
  log?: (line: string) => void;
}

/** Height of the frame around the chart (title, legend, source line, buttons), for snippets. */
const FRAME_EXTRA_PX = 230;

type Entry = typeof import('./prerenderEntry.tsx');

export async function prerender(o: PrerenderOptions): Promise<{ files: string[] }> {
  await loadAllMessages();
  const log = o.log ?? (() => undefined);
  const dataset = loadPublishedDataset(dataDirOf(o.root));
  const server = await createServer({
    root: o.root,
    base: o.base,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const files: string[] = [];
  try {
    const entry = (await server.ssrLoadModule('/scripts/prerenderEntry.tsx')) as Entry;
    const site = o.siteUrl ? new URL(o.base, o.siteUrl).href : undefined;
    if (!site) log('SITE_URL is not set: no oEmbed documents or og:image (both need absolute URLs).');
    const write = (file: string, data: string | Buffer) => {
      const path = join(o.outDir, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
      files.push(file);
    };
    const embedTemplate = readFileSync(join(o.outDir, 'embed/index.html'), 'utf8');
    write('embed/index.html', stylesheetsWithoutCors(embedTemplate));
    const css = new Map<string, string>();
    const readCss = (href: string) => {
      if (!css.has(href)) css.set(href, readFileSync(join(o.outDir, href.slice(o.base.length)), 'utf8'));
      return css.get(href)!;
    };
    /** Only the CSS the page's first paint needs, inline; the whole stylesheet when a script asks. */
    const inlineCss = (html: string, extra = '') => deferStylesheets(html, criticalCss(stylesheetHrefs(html).map(readCss).join('\n'), html) + extra);

    let dashboardImage: ImageRef | undefined;
    const world = loadValidWorld(dataDirOf(o.root), dataset);
    const embedPages = await entry.planEmbedPages(dataset, o.base, world);
    // A phone's copy shows the image of its wide twin, which comes first (prerenderEntry.tsx, phoneCopy).
    const images = new Map<string, ImageRef | undefined>();
    for (const page of embedPages) {
      const name = `${page.chart}/${nameOf(page.copy)}`;
      const image = entry.isPhoneCopy(page.copy) ? images.get(name) : writeImage(page, o.base, site, write);
      images.set(name, image);
      if (page.chart === 'gpus' && nameOf(page.copy) === `default-${DEFAULT_LANG}`) dashboardImage = image;
      const siblings = embedPages.filter((p) => p.chart === page.chart);
      const html = inlineCss(embedPage(entry, embedTemplate, page, siblings, image, o.base, site, write, dataset.release), loadingNotesCss(LANGS));
      write(page.file, html);
      log(`${page.file}: ${Math.round(html.length / 1024)} KB`);
    }
    // An embeddable view that is not prerendered gets the bare embed page: its script draws the chart.
    for (const chart of EMBEDDABLE_VIEWS.filter((id) => !viewRow(id).isPrerendered)) write(`embed/${chart}/index.html`, stylesheetsWithoutCors(embedTemplate));
    const dashTemplate = readFileSync(join(o.outDir, 'index.html'), 'utf8');
    const dashPages = await entry.planDashboardPages(dataset, o.base, world);
    // The world data the copies were rendered with, as the build published it (scripts/vitePluginWorld.ts).
    const worldFile = pinnedWorldPath(world.version);
    if (!existsSync(join(o.outDir, worldFile))) throw new Error(`prerender: the world views were rendered with ${worldFile}, which the build did not write`);
    for (const page of dashPages) {
      const worldHref = viewRow(page.copy.state.view).needsWorld ? o.base + worldFile : undefined;
      const html = inlineCss(dashboardPage(entry, dashTemplate, page, dashPages, page.copy.lang === DEFAULT_LANG ? dashboardImage : undefined, o.base, site, worldHref));
      write(page.file, html);
      log(`${page.file}: ${Math.round(html.length / 1024)} KB`);
    }
  } finally {
    await server.close();
  }
  return { files };
}

interface ImageRef {
  /** Under the base path, e.g. `/atlas/embed/gpus/default-es.png`. */
  path: string;
  url?: string;
  width: number;
  height: number;
  text: CopyText;
}

const nameOf = (c: Copy) => `${c.variant}-${c.lang}`;

/** The copy's static image (frame/FrameImage.tsx, drawn from the same panel), as a PNG. */
function writeImage(page: PlannedPage, base: string, site: string | undefined, write: (f: string, d: Buffer) => void): ImageRef | undefined {
  const { copy } = page;
  if (!copy.image) return undefined;
  const { png, width, height } = rasterise(copy.image.svg);
  const file = `embed/${page.chart}/${nameOf(copy)}.png`;
  write(file, png);
  return { path: base + file, url: site ? site + file : undefined, width, height, text: copy.text };
}

/** The folder a page's file is in, under the site's root (`embed/gpus/en/`). */
const folderOf = (page: PlannedPage) => page.file.replace(/index\.html$/, '');
/** The wide copy's folder: the address a phone's copy stands for (src/embed/narrowCopy.ts). */
const wideFolderOf = (page: PlannedPage) => folderOf(page).replace(new RegExp(`${NARROW_FOLDER}$`), '');

/**
 * The head script's config: this file's key, where each copy of the same page lives, and each
 * phone copy with the viewport width under which a visit takes it.
 */
function configOf(entry: Entry, page: PlannedPage, siblings: readonly PlannedPage[], base: string, below: number, release?: string, home?: string): string {
  const where = (phone: boolean) => Object.fromEntries(siblings.filter((p) => entry.isPhoneCopy(p.copy) === phone).map((p) => [p.copy.key, base + folderOf(p)]));
  return prerenderMeta({
    key: page.copy.key,
    drop: page.drop,
    pages: where(false),
    narrow: { below, pages: where(true) },
    ...(entry.isPhoneCopy(page.copy) ? { isNarrow: true as const } : {}),
    ...(release ? { release } : {}),
    ...(home ? { home } : {}),
  });
}

function embedPage(
  entry: Entry,
  template: string,
  page: PlannedPage,
  siblings: readonly PlannedPage[],
  image: ImageRef | undefined,
  base: string,
  site: string | undefined,
  write: (f: string, d: string) => void,
  /** The release the copy's figures are: an embed pinned to it fits the copy. */
  release?: string,
): string {
  const { copy } = page;
  const text = image?.text ?? copy.text;
  const m = MESSAGES[copy.lang];
  const dir = wideFolderOf(page);
  const pageUrl = site ? site + dir : undefined;
  let oembedHref: string | undefined;
  if (site && image) {
    const query = serialiseViewState({ ...copy.state, view: 'gpus', lang: copy.lang === DEFAULT_LANG ? null : copy.lang });
    const file = `embed/${page.chart}/${nameOf(copy)}.oembed.json`;
    const doc = oembedDocument({
      provider: m.embed.providerName,
      providerUrl: site,
      title: image.text.description,
      // The copy's own folder (`embed/gpus/en/`, `embed/compare/<comparison>-es/`): one navigation, no move.
      src: `${site}${dir}${query}`,
      width: image.width / 2,
      height: (image.text.chart?.height ?? 0) + FRAME_EXTRA_PX,
      resizeScript: `${site}embed-resize.js`,
      thumbnail: { url: image.url!, width: image.width, height: image.height },
    });
    if (!entry.isPhoneCopy(copy)) write(file, JSON.stringify(doc, null, 2)); // its wide twin's, written once
    oembedHref = `${base}${file}`;
  }
  const head = metaTags({
    lang: copy.lang,
    title: `${text.title} · ${m.appName}`,
    description: text.description,
    url: pageUrl,
    image: image?.url ? { url: image.url, width: image.width, height: image.height, alt: text.description } : undefined,
    oembed: oembedHref ? { href: oembedHref, title: text.description } : undefined,
  });
  const noscript = image
    ? `<p class="p-2 text-xs">${escapeHtml(m.embed.noscript)} <a class="underline" href="${escapeAttr(image.path)}">${escapeHtml(m.embed.imageLink)}</a></p>`
    : undefined;
  return asyncModuleEntry(stylesheetsWithoutCors(
    fillTemplate(template, {
      config: configOf(entry, page, siblings, base, narrowBelow('embed'), release),
      head,
      title: `${text.title} · ${m.appName}`,
      body: loadingNotes(LANGS.map((lang) => ({ lang, text: MESSAGES[lang].loading }))) + copiesMarkup([copy]),
      noscript,
      lang: LOCALES[copy.lang].htmlLang,
    }),
  ));
}

/**
 * `world`: the world data file a world view's copy was rendered with. The page names it, so the
 * script fetches that very file, but does not preload it: the boot script asks for it once the
 * chart is painted (src/app/worldPrefetch.ts), so its download does not delay the first paint.
 */
function dashboardPage(entry: Entry, template: string, page: PlannedPage, siblings: readonly PlannedPage[], image: ImageRef | undefined, base: string, site: string | undefined, world?: string): string {
  const m = MESSAGES[page.copy.lang];
  const head = metaTags({
    lang: page.copy.lang,
    title: m.appName,
    description: m.tagline,
    // The address the page shows and the app writes: its folder and its copy's query (src/embed/addressPath.ts).
    url: site ? site + wideFolderOf(page) + serialiseViewState({ ...page.copy.state, lang: page.copy.lang === DEFAULT_LANG ? null : page.copy.lang }) : undefined,
    image: image?.url ? { url: image.url, width: image.width, height: image.height, alt: image.text.description } : undefined,
  }).replace(/<meta name="description"[^>]*>\s*/, ''); // index.html has its own
  const worldTags = world ? `\n    <meta name="${WORLD_META}" content="${escapeAttr(world)}" />` : '';
  const { view } = page.copy.state;
  return asyncModuleEntry(stylesheetsWithoutCors(
    fillTemplate(template, {
      config: configOf(entry, page, siblings, base, narrowBelow('dashboard'), undefined, base) + worldTags,
      head,
      title: view === DEFAULT_VIEW_STATE.view ? `${m.appName} · ${MESSAGES.en.appName}` : `${m.views[viewRow(view).label]} · ${m.appName}`,
      body: copiesMarkup([page.copy]),
      lang: LOCALES[page.copy.lang].htmlLang,
    }),
  ));
}
