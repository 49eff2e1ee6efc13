/**
 * The HTML a blogger pastes, and the reading of height messages from an embed. Pure. The title
 * comes from data (names of systems, quotes), so every attribute value is escaped.
 */

const ATTR_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/** Safe inside a double- or single-quoted attribute; whitespace runs (newlines too) become one space. */
export function escapeAttr(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(/[&"'<>]/g, (c) => ATTR_ESCAPES[c]!);
}

/**
 * The one sandbox of every snippet (embed dialog, oEmbed `html`, README): scripts for tooltips,
 * popups for "open in Compute Atlas", and popups that escape the sandbox, so the dashboard opened
 * from an embed is an ordinary page (not an opaque-origin one without storage or clipboard).
 * Embeds also work under the stricter `allow-scripts allow-popups` (the browser tests use both).
 */
export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

export interface SnippetOptions {
  src: string;
  height: number;
  title: string;
  /** The optional auto-height script; omitted when the host page allows no scripts. */
  scriptSrc?: string | null;
}

export function embedSnippet(o: SnippetOptions): string {
  const height = Number.isFinite(o.height) ? Math.max(1, Math.round(o.height)) : 480;
  const iframe =
    // frameborder, not style="border:0": a host CSP with style-src 'self' drops style attributes.
    `<iframe src="${escapeAttr(o.src)}" width="100%" height="${height}" frameborder="0" ` +
    `title="${escapeAttr(o.title)}" loading="lazy" sandbox="${EMBED_SANDBOX}"></iframe>`;
  return o.scriptSrc ? `${iframe}\n<script src="${escapeAttr(o.scriptSrc)}" async></script>` : iframe;
}

const MIN_HEIGHT = 50;
const MAX_HEIGHT = 10_000;

/**
 * The height in a resize message, in the formats embeds post: `{ height }` objects (ours and
 * AMP's `embed-size`) and embed.ly's JSON string `{"context":"iframe.resize","height":…}`.
 * Numbers only; anything else is null, so a message can never inject anything.
 */
export function messageHeight(data: unknown): number | null {
  let value: unknown = data;
  if (typeof data === 'string') {
    if (data.length > 1000) return null;
    try {
      value = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== 'object') return null;
  const height = (value as { height?: unknown }).height;
  const n = typeof height === 'number' ? height : typeof height === 'string' && /^\d{1,5}(\.\d+)?$/.test(height) ? Number(height) : NaN;
  return Number.isFinite(n) ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(n))) : null;
}
