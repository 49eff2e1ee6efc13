/**
 * Build-time prerendering, run by the embed plugin (scripts/vitePluginEmbed.ts) once `vite build`
 * has written dist/. Why this way: Vite's SSR module loader (`createServer().ssrLoadModule`)
 * renders the very source files the browser bundle was built from, TSX included, with no second
 * bundle to keep in step and no extra tool; it takes a second.
 *
 * Writes, for every chart id, `embed/<chart>/index.html` (copies of the first screen, head tags,
 * oEmbed discovery), `embed/<chart>/<variant>-<lang>.png`, and with SITE_URL set,
 * `embed/<chart>/<variant>-<lang>.oembed.json`; and rewrites `index.html` with the dashboard's
 * default view. oEmbed documents and og:image need absolute URLs, so they are written only when
 * the site's address is known (SITE_URL): a relative one would point into the embedding site.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { MESSAGES } from '../src/i18n/messages.ts';
import { serialiseViewState } from '../src/view/viewState.ts';
import { dataDirOf, loadValidDataset } from './datasetFiles.ts';
import { loadValidWorld } from './worldFiles.ts';
import { copiesMarkup, escapeAttr, escapeHtml, fillTemplate, metaTags, oembedDocument, prerenderMeta, stylesheetsWithoutCors } from './prerenderHtml.ts';
import { rasterise } from './prerenderImage.ts';
import type { Copy, CopyText, PlannedPage } from './prerenderEntry.tsx';

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
  const log = o.log ?? (() => undefined);
  const dataset = loadValidDataset(dataDirOf(o.root));
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

    let dashboardImage: ImageRef | undefined;
    for (const page of await entry.planEmbedPages(dataset, o.base, loadValidWorld(dataDirOf(o.root), dataset))) {
      const images = writeImages(page, o.base, site, write);
      dashboardImage ??= page.chart === 'gpus' ? images.get('default-es') : undefined;
      const html = embedPage(embedTemplate, page, images, o.base, site, write);
      write(page.file, html);
      log(`${page.file}: ${page.copies.length} copies, ${Math.round(html.length / 1024)} KB`);
    }
    const dash = entry.planDashboardPage(dataset, o.base);
    const dashHtml = dashboardPage(readFileSync(join(o.outDir, 'index.html'), 'utf8'), dash, dashboardImage, site);
    write(dash.file, dashHtml);
    log(`${dash.file}: ${dash.copies.length} copies, ${Math.round(dashHtml.length / 1024)} KB`);
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

function writeImages(page: PlannedPage, base: string, site: string | undefined, write: (f: string, d: Buffer) => void) {
  const images = new Map<string, ImageRef>();
  for (const copy of page.copies) {
    if (copy.hideTitle || !copy.image) continue;
    const { text } = copy;
    const { png, width, height } = rasterise(copy.image.svg);
    const file = `embed/${page.chart}/${nameOf(copy)}.png`;
    write(file, png);
    images.set(nameOf(copy), { path: base + file, url: site ? site + file : undefined, width, height, text });
  }
  return images;
}

function embedPage(
  template: string,
  page: PlannedPage,
  images: Map<string, ImageRef>,
  base: string,
  site: string | undefined,
  write: (f: string, d: string) => void,
): string {
  const first = page.copies[0]!;
  const firstText = images.get(nameOf(first))?.text ?? first.text;
  const m = MESSAGES[first.lang];
  const pageUrl = site ? `${site}embed/${page.chart}/` : undefined;
  let oembedHref: string | undefined;
  if (site) {
    for (const copy of page.copies) {
      const image = images.get(nameOf(copy));
      if (copy.hideTitle || !image) continue;
      const query = serialiseViewState({ ...copy.state, view: 'gpus', lang: copy.lang === 'es' ? null : copy.lang });
      const file = `embed/${page.chart}/${nameOf(copy)}.oembed.json`;
      const doc = oembedDocument({
        provider: MESSAGES[copy.lang].embed.providerName,
        providerUrl: site,
        title: image.text.description,
        src: `${site}embed/${page.chart}/${query}`,
        width: image.width / 2,
        height: (image.text.chart?.height ?? 0) + FRAME_EXTRA_PX,
        resizeScript: `${site}embed-resize.js`,
        thumbnail: { url: image.url!, width: image.width, height: image.height },
      });
      write(file, JSON.stringify(doc, null, 2));
      if (copy === first) oembedHref = `${base}${file}`;
    }
  }
  const image = images.get(nameOf(first));
  const head = [metaTags({
    lang: first.lang,
    title: `${firstText.title} · ${m.appName}`,
    description: firstText.description,
    url: pageUrl,
    image: image?.url ? { url: image.url, width: image.width, height: image.height, alt: firstText.description } : undefined,
    oembed: oembedHref ? { href: oembedHref, title: firstText.description } : undefined,
  })].join('\n    ');
  const noscript = image
    ? `<p class="p-2 text-xs">${escapeHtml(m.embed.noscript)} <a class="underline" href="${escapeAttr(image.path)}">${escapeHtml(m.embed.imageLink)}</a></p>`
    : undefined;
  return stylesheetsWithoutCors(
    fillTemplate(template, {
      config: prerenderMeta({ keys: page.copies.map((c) => c.key), drop: page.drop }),
      head,
      title: `${firstText.title} · ${m.appName}`,
      body: copiesMarkup(page.copies),
      noscript,
    }),
  );
}

function dashboardPage(template: string, page: PlannedPage, image: ImageRef | undefined, site: string | undefined): string {
  const m = MESSAGES[page.copies[0]!.lang];
  const head = metaTags({
    lang: page.copies[0]!.lang,
    title: m.appName,
    description: m.tagline,
    url: site,
    image: image?.url ? { url: image.url, width: image.width, height: image.height, alt: image.text.description } : undefined,
  }).replace(/<meta name="description"[^>]*>\s*/, ''); // index.html has its own
  return stylesheetsWithoutCors(
    fillTemplate(template, {
      config: prerenderMeta({ keys: page.copies.map((c) => c.key), drop: page.drop }),
      head,
      title: `${m.appName} · ${MESSAGES.en.appName}`,
      body: copiesMarkup(page.copies),
    }),
  );
}
