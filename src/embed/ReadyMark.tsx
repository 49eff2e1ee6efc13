/**
 * Marks <html data-ready> once React has committed the page, so CSS stops scaling build-time
 * charts (prerender.css) exactly when React has re-laid them out at the real width. Wraps the
 * page both at build time and in the browser, so hydration sees the same tree.
 */
import { useLayoutEffect, type ReactNode } from 'react';

export function ReadyMark({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    document.documentElement.dataset.ready = '';
  }, []);
  return children;
}

/**
 * Marks <html data-view-ready="<view>"> once the dashboard's view has committed: a view whose
 * code loads on demand hydrates after the page's first commit (its Suspense boundary waits for
 * the code), and a click replayed before then would reach no handler (src/app/main.tsx waits for
 * both marks). Renders nothing, so the prerendered copy has the same tree.
 */
export function ViewReadyMark({ view }: { view: string }) {
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.dataset.viewReady = view;
    return () => {
      if (html.dataset.viewReady === view) delete html.dataset.viewReady;
    };
  }, [view]);
  return null;
}
