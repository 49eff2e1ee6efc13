/**
 * String helpers of the prerender step: where the copies and head tags go in the HTML that
 * `vite build` wrote, the iframe snippet, and the oEmbed document. Pure, for tests.
 */
import { PRERENDER_META, type PrerenderConfig } from '../src/embed/prerenderKey.ts';
import { LOCALES, type Lang } from '../src/i18n/locales.ts';
import { embedSnippet } from '../src/ui/embedSnippet.ts';
import { FIRST_WIDTH } from '../src/charts/frame/useMeasuredWidth.ts';

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttr = (s: string) => escapeHtml(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export interface CopyMarkup {
  readonly key: string;
  readonly prefix: string;
  readonly html: string;
  /** The width its charts were drawn at, when not the build's (a phone's copy: src/embed/narrowCopy.ts). */
  readonly width?: number;
}

/**
 * Each copy in its own container, which says how to hydrate it (src/embed/mount.ts); `#root`
 * stays for a render from scratch.
 */
export function copiesMarkup(copies: readonly CopyMarkup[]): string {
  const blocks = copies.map((c, i) => {
    const width = c.width !== undefined && c.width !== FIRST_WIDTH ? ` data-width="${c.width}"` : '';
    return `<div data-variant="${i}" data-key="${escapeAttr(c.key)}" data-prefix="${escapeAttr(c.prefix)}"${width}>${c.html}</div>`;
  });
  return `${blocks.join('')}<div id="root"></div>`;
}

/**
 * A data file the page's script fetches at once, requested while the HTML is parsed. `crossorigin`
 * (credentials `same-origin`) must match the script's fetch, or the browser downloads it twice.
 */
export function preloadTag(href: string): string {
  return `<link rel="preload" href="${escapeAttr(href)}" as="fetch" crossorigin />`;
}

export function prerenderMeta(config: PrerenderConfig): string {
  return `<meta name="${PRERENDER_META}" content="${escapeAttr(JSON.stringify(config))}" />`;
}

export interface PageMeta {
  readonly lang: Lang;
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the page, when the site's origin is known. */
  readonly url?: string;
  /** Absolute URL of the static image, when the site's origin is known (scrapers need one). */
  readonly image?: { url: string; width: number; height: number; alt: string };
  /** The oEmbed discovery document, relative or absolute. */
  readonly oembed?: { href: string; title: string };
}

export function metaTags(p: PageMeta): string {
  const tags = [
    `<meta name="description" content="${escapeAttr(p.description)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeAttr(p.title)}" />`,
    `<meta property="og:description" content="${escapeAttr(p.description)}" />`,
    `<meta property="og:locale" content="${escapeAttr(LOCALES[p.lang].ogLocale)}" />`,
  ];
  if (p.url) tags.push(`<meta property="og:url" content="${escapeAttr(p.url)}" />`, `<link rel="canonical" href="${escapeAttr(p.url)}" />`);
  if (p.image)
    tags.push(
      `<meta property="og:image" content="${escapeAttr(p.image.url)}" />`,
      `<meta property="og:image:width" content="${p.image.width}" />`,
      `<meta property="og:image:height" content="${p.image.height}" />`,
      `<meta property="og:image:alt" content="${escapeAttr(p.image.alt)}" />`,
      `<meta name="twitter:card" content="summary_large_image" />`,
      `<meta name="twitter:image" content="${escapeAttr(p.image.url)}" />`,
      `<meta name="twitter:image:alt" content="${escapeAttr(p.image.alt)}" />`,
    );
  if (p.oembed)
    tags.push(`<link rel="alternate" type="application/json+oembed" href="${escapeAttr(p.oembed.href)}" title="${escapeAttr(p.oembed.title)}" />`);
  return tags.join('\n    ');
}

/**
 * The first paint waits until the prerendered copy is parsed (`#root` follows it, copiesMarkup).
 * Without it, on a world view's page (200 KB of HTML) Chromium's parser yields mid-chart and the
 * browser styles, lays out and paints the half-parsed page, then does it again for the rest: the
 * chart showed later than if the browser had waited (bench/README.md, ninth session). A browser
 * without `rel=expect` ignores it; parsing's end releases it in any case.
 */
export const WAIT_FOR_COPY = '<link rel="expect" href="#root" blocking="render" />';

/**
 * Puts the prerender config right after `<meta charset>` (so the head script, inserted after the
 * viewport's meta by the Vite plugin, finds it) with WAIT_FOR_COPY, meta tags at the end of <head>, the copies in
 * place of the empty #root, and a <noscript> note after them. Replaces <title> and the language of <html>.
 */
export function fillTemplate(template: string, parts: { config: string; head: string; title: string; body: string; noscript?: string; lang: string }): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  const root = /<div id="root"><\/div>/;
  if (!charset.test(template) || !root.test(template) || !/<\/head>/.test(template)) throw new Error('prerender: unexpected HTML template');
  return template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${escapeAttr(parts.lang)}"`)
    .replace(charset, (m) => `${m}\n    ${parts.config}\n    ${WAIT_FOR_COPY}`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(parts.title)}</title>`)
    .replace('</head>', () => `  ${parts.head}\n  </head>`)
    .replace(root, () => parts.body + (parts.noscript ? `\n    <noscript>${parts.noscript}</noscript>` : ''));
}

/**
 * Stylesheets without `crossorigin` are fetched without CORS, so the prerendered chart gets its
 * styles inside a sandboxed (opaque-origin) iframe even on a host that sends no CORS headers.
 */
export function stylesheetsWithoutCors(html: string): string {
  return html.replace(/<link rel="stylesheet" crossorigin /g, '<link rel="stylesheet" ');
}

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"\s*\/?>/g;

/** The stylesheets a built page links, in order (after stylesheetsWithoutCors). */
export function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(STYLESHEET)].map((m) => m[1]!);
}

/**
 * Inlines `critical` where the first stylesheet was and turns every stylesheet into a
 * non-blocking one (`media="print"`: fetched at low priority, applied to nothing) that
 * src/embed/stylesheet.ts switches on when a script needs the whole CSS.
 */
export function deferStylesheets(html: string, critical: string): string {
  let isFirst = true;
  return html.replace(STYLESHEET, (_, href: string) => {
    const link = `<link rel="stylesheet" href="${href}" media="print" data-atlas-css>`;
    if (!isFirst) return link;
    isFirst = false;
    // `</style` cannot occur in CSS the build wrote, but a stray one would end the element early.
    return `<style>${critical.replace(/<\/style/gi, '<\\/style')}</style>\n    ${link}`;
  });
}

/**
 * The page's module entry as `async`: DOMContentLoaded (the end of "time to chart") then no
 * longer waits for it. The entries are small boot scripts (src/app/boot.ts, src/embed/boot.ts)
 * that wait for the document themselves before they look for the prerendered copy.
 */
export function asyncModuleEntry(html: string): string {
  return html.replace(/<script type="module" crossorigin src=/g, '<script type="module" async crossorigin src=');
}

/** "Loading…" in each language; `loadingNotesCss` shows the page's one while a view renders on the client. */
export function loadingNotes(notes: readonly { lang: string; text: string }[]): string {
  return notes.map((n) => `<p data-loading lang="${escapeAttr(n.lang)}" role="status" class="p-2 text-sm">${escapeHtml(n.text)}</p>`).join('');
}

/**
 * Shows the loading note in the page's language, while no prerendered copy fits the URL and
 * React has not rendered yet: one rule per language, as `:lang()` cannot compare two elements.
 */
export function loadingNotesCss(langs: readonly string[]): string {
  const each = langs.map((l) => `html[data-pv='none']:not([data-ready]):lang(${l}) [data-loading]:lang(${l})`);
  return `[data-loading]{display:none}${each.join(',')}{display:block}`;
}

/** oEmbed's `html` is the embed dialog's snippet: one sandbox, one border rule, our resizer. */
export function iframeSnippet(o: { src: string; title: string; height: number; resizeScript?: string }): string {
  return embedSnippet({ src: o.src, title: o.title, height: o.height, scriptSrc: o.resizeScript ?? null });
}

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
  cache_age: number;
}

export function oembedDocument(o: {
  provider: string;
  providerUrl: string;
  title: string;
  src: string;
  width: number;
  height: number;
  resizeScript: string;
  thumbnail?: { url: string; width: number; height: number };
}): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: o.provider,
    provider_url: o.providerUrl,
    title: o.title,
    html: iframeSnippet({ src: o.src, title: o.title, height: o.height, resizeScript: o.resizeScript }),
    width: o.width,
    height: o.height,
    ...(o.thumbnail ? { thumbnail_url: o.thumbnail.url, thumbnail_width: o.thumbnail.width, thumbnail_height: o.thumbnail.height } : {}),
    cache_age: 86400,
  };
}
