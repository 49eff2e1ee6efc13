/**
 * The embed's entry: the only script a page with a prerendered chart runs before the reader
 * reaches for the chart. The chart is already painted from HTML; this reports its height at once
 * and loads React, the chart's code and the data (about 100 KB gzipped) only on the first hover,
 * focus, touch or key press — never on idle, so a reader who scrolls past a blog post's embeds
 * downloads none of it. A custom view has no prerendered copy to show, so then React starts
 * right away (the page shows "Loading…" in its language meanwhile, from HTML and CSS).
 */
import '../index.css';
import './prerender.css';
import './embed.css';
import { startAutoHeight } from './autoHeight.ts';
import { isCopyShown } from './copies.ts';
import { loadFullStylesheet } from './stylesheet.ts';

/** Signs that the reader is about to use the chart: load the interactive version now. */
const TRIGGERS = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'touchstart'] as const;

startAutoHeight(window, document.documentElement);

let isStarted = false;
function start(trigger?: Event): void {
  if (isStarted) return;
  isStarted = true;
  for (const t of TRIGGERS) window.removeEventListener(t, start, true);
  // Keys pressed before React is there reach no handler: keep them (the one that started this
  // too) for main.tsx to press again once it has hydrated, so a keyboard user loses none.
  const keys: KeyboardEvent[] = trigger instanceof KeyboardEvent ? [trigger] : [];
  // Only the reader's own keys: the replayed ones are synthetic, and keeping them would loop.
  const keep = (e: KeyboardEvent) => e.isTrusted && keys.push(e);
  window.addEventListener('keydown', keep, true);
  // The page carries only its first paint's CSS inline; tooltips and the rest come with React.
  loadFullStylesheet(document);
  // oxlint-disable-next-line no-restricted-imports -- the one way past the boot files, on first use.
  import('./main.tsx')
    .then((m) => m.startEmbed(keys))
    .finally(() => window.removeEventListener('keydown', keep, true))
    .catch((error: unknown) => {
      // Leave the prerendered chart (or the empty page's note) as it is; there is nothing to hydrate with.
      console.warn('Compute Atlas embed: the interactive chart could not be loaded.', error);
      document.documentElement.dataset.loadFailed = '';
    });
}

function decide(): void {
  // "moving": the head script is taking the reader to the file that holds the fitting copy.
  if (document.documentElement.dataset.pv === 'moving') return;
  if (!isCopyShown(document)) start();
  else for (const t of TRIGGERS) window.addEventListener(t, start, { capture: true, passive: true });
}

// Built pages load this script `async` (DOMContentLoaded does not wait for it): look for the
// prerendered copy once the document is parsed.
if (document.readyState !== 'loading') decide();
else document.addEventListener('DOMContentLoaded', decide, { once: true });
