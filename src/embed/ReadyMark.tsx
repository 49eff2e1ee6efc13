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
