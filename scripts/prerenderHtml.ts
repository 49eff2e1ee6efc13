/**
 * String helpers of the prerender step: where the copies and head tags go in the HTML that
 * `vite build` wrote, the iframe snippet, and the oEmbed document. Pure, for tests.
 */
import { PRERENDER_META, type PrerenderConfig } from '../src/embed/prerenderKey.ts';
import { embedSnippet } from '../src/ui/embedSnippet.ts';

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttr = (s: string) => escapeHtml(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export interface CopyMarkup {
  readonly key: string;
  readonly prefix: string;
  readonly html: string;
}

/** Each copy in its own container; `#root` stays for a render from scratch (src/embed/mount.ts). */
export function copiesMarkup(copies: readonly CopyMarkup[]): string {
  const blocks = copies.map(
    (c, i) => `<div data-variant="${i}" data-key="${escapeAttr(c.key)}" data-prefix="${escapeAttr(c.prefix)}">${c.html}</div>`,
  );
  return `${blocks.join('')}<div id="root"></div>`;
}

export function prerenderMeta(config: PrerenderConfig): string {
  return `<meta name="${PRERENDER_META}" content="${escapeAttr(JSON.stringify(config))}" />`;
}

export interface PageMeta {
  readonly lang: string;
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
    `<meta property="og:locale" content="${p.lang === 'en' ? 'en_GB' : 'es_ES'}" />`,
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
 * Puts the prerender config right after `<meta charset>` (so the head script, inserted there by
 * the Vite plugin, finds it), meta tags at the end of <head>, the copies in place of the empty
 * #root, and a <noscript> note after them. Replaces <title>.
 */
export function fillTemplate(template: string, parts: { config: string; head: string; title: string; body: string; noscript?: string }): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  const root = /<div id="root"><\/div>/;
  if (!charset.test(template) || !root.test(template) || !/<\/head>/.test(template)) throw new Error('prerender: unexpected HTML template');
  return template
    .replace(charset, (m) => `${m}\n    ${parts.config}`)
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
