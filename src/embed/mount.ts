/**
 * Starts React on a page that may hold prerendered copies of its first screen (see
 * prerenderKey.ts). If a copy was built for exactly what the client will render first, React
 * hydrates it (it stays on screen, and gains tooltips and re-layout); otherwise the copies are
 * removed and React renders from scratch into #root. The head script has already hidden copies
 * that do not fit, so a custom view never flashes the default one.
 */
import { createElement, startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { ReadyMark } from './ReadyMark.tsx';
import { findCopy } from './copies.ts';
import { FIRST_WIDTH, FirstWidthContext } from '../charts/frame/useMeasuredWidth.ts';

/** The width a prerendered copy's charts were drawn at (`data-width`, a phone's copy), else the build's. */
function copyWidth(copy: HTMLElement | undefined): number {
  const width = Number(copy?.dataset.width);
  return Number.isInteger(width) && width > 0 ? width : FIRST_WIDTH;
}

type MountMode = 'hydrate' | 'render';

export function mountPage(content: ReactNode, key: string | null, doc: Document = document): MountMode {
  const html = doc.documentElement;
  const copy = key === null ? undefined : findCopy(doc, key);
  // scripts/prerenderEntry.tsx wraps the build-time copies the same way, at the width the copy
  // was drawn at (a phone's copy says it: src/embed/narrowCopy.ts), so the first render matches it.
  const ui = createElement(ReadyMark, null, createElement(FirstWidthContext, { value: copyWidth(copy) }, content));
  for (const el of doc.querySelectorAll<HTMLElement>('[data-variant]')) if (el !== copy) el.remove();
  if (copy) {
    html.dataset.pv = copy.dataset.variant;
    html.dataset.mount = 'hydrate';
    // In a transition, hydration yields to the browser every few milliseconds instead of holding
    // the main thread for the whole page (one long task of 150–500 ms at 4× CPU before). The copy is
    // on screen meanwhile; a click or key before the end makes React hydrate synchronously first,
    // so no event is lost.
    startTransition(() => {
      hydrateRoot(copy, ui, {
        identifierPrefix: copy.dataset.prefix ?? '',
        // React then renders the page afresh, which is right; a warning, not an error, since the reader sees no fault.
        onRecoverableError(error) {
          html.dataset.mount = 'recovered';
          console.warn('Compute Atlas: the prerendered page did not match and was rendered again.', error);
        },
      });
    });
    return 'hydrate';
  }
  html.dataset.pv = 'none';
  html.dataset.mount = 'render';
  let root = doc.getElementById('root');
  if (!root) {
    root = doc.createElement('div');
    root.id = 'root';
    doc.body.prepend(root);
  }
  createRoot(root).render(ui);
  return 'render';
}
