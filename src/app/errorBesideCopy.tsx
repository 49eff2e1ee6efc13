/**
 * The data failed to load on a page showing a prerendered copy of the default view. The copy
 * was built from the same pinned data, so it is still right, only static: keep it on screen and
 * put the error, with Retry, at the top of its main column (as embeds keep theirs), instead of
 * replacing the chart with the message. Retry loads the data, removes the message, then
 * `onLoaded` hands the page to React (which hydrates the untouched copy).
 */
import { createRoot } from 'react-dom/client';
import type { Messages } from '../i18n/messages.ts';
import { LoadError } from '../charts/frame/LoadStates.tsx';

export function showErrorBesideCopy(o: { copy: HTMLElement; error: unknown; m: Messages; load: () => Promise<unknown>; onLoaded: () => void }): void {
  // The copy is shown, as mountPage shows it on success: the head script hides every copy while
  // the URL carries a value the app may read differently (`?scale=xx`, which it ignores), and an
  // error beside a hidden copy was a blank page.
  o.copy.ownerDocument.documentElement.dataset.pv = o.copy.dataset.variant;
  const host = o.copy.ownerDocument.createElement('div');
  // Live, unlike the copy around it, whose controls ignore clicks until React takes over (prerender.css).
  host.dataset.live = '';
  (o.copy.querySelector('main') ?? o.copy).prepend(host);
  const root = createRoot(host);
  const show = (error: unknown) => root.render(<LoadError error={error} m={o.m} onRetry={retry} />);
  function retry() {
    o.load().then(
      () => {
        // Out of the copy before React hydrates it, or hydration would meet a foreign element.
        root.unmount();
        host.remove();
        o.onLoaded();
      },
      show,
    );
  }
  show(o.error);
}
