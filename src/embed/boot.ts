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
import { holdInput, onFirstReach, type Hold } from './intent.ts';
import { loadFullStylesheet } from './stylesheet.ts';

startAutoHeight(window, document.documentElement);

// Called once: decide() runs once, and onFirstReach calls back once.
function start(hold: Hold): void {
  // The page carries only its first paint's CSS inline; tooltips and the rest come with React.
  loadFullStylesheet(document);
  // oxlint-disable-next-line no-restricted-imports -- the one way past the boot files, on first use.
  import('./main.tsx')
    // Keys and clicks from the reader's first reach on are held (intent.ts) and handed to React once it is there.
    .then((m) => m.startEmbed(hold))
    .catch((error: unknown) => {
      hold.release();
      // Leave the prerendered chart (or the empty page's note) as it is; there is nothing to hydrate with.
      console.warn('Compute Atlas embed: the interactive chart could not be loaded.', error);
      document.documentElement.dataset.loadFailed = '';
    });
}

function decide(): void {
  // "moving": the head script is taking the reader to the file that holds the fitting copy.
  if (document.documentElement.dataset.pv === 'moving') return;
  const hold = holdInput(document);
  if (!isCopyShown(document)) start(hold);
  else onFirstReach(window, () => start(hold));
}

// Built pages load this script `async` (DOMContentLoaded does not wait for it): look for the
// prerendered copy once the document is parsed.
if (document.readyState !== 'loading') decide();
else document.addEventListener('DOMContentLoaded', decide, { once: true });
