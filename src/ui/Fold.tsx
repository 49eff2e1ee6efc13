/**
 * On a narrow screen, a block of controls folds behind one line that says what is chosen, so the
 * chart starts on the reader's first screen; from 40rem up it is open and the line is not shown.
 * A native <details>: it opens by tap, click, Enter or Space with no script, on the prerendered
 * page before the app has loaded too, and a screen reader announces it as a collapsed or
 * expanded button. The prerendered page shows a wide screen's fold through CSS (`.fold` in
 * index.css, `::details-content`); once the app runs, the fold is also *open* on a wide screen
 * (so no browser announces visible controls as collapsed, and one without `::details-content`
 * shows them), and folds again when the window narrows.
 */
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

/** The width from which a fold is always open; the same as index.css's `.fold` rule. */
export const WIDE = '(min-width: 40rem)';

export function Fold({ summary, closeOnLink = false, children }: { summary: string; closeOnLink?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details || typeof window.matchMedia !== 'function') return;
    const wide = window.matchMedia(WIDE);
    const follow = () => {
      if (details.open !== wide.matches) details.open = wide.matches;
    };
    // Open now if wide; on a narrow screen leave it as the reader (or the page) has it.
    if (wide.matches) details.open = true;
    wide.addEventListener('change', follow);
    return () => wide.removeEventListener('change', follow);
  }, []);
  // A link the page follows in place (its handler prevented the browser's navigation: a view's
  // tab on a phone) shuts an open fold: the reader has moved on. Not a link the browser opens in
  // a new tab (the page's handler lets those through), and not on a wide screen, where it stays open.
  const close = (e: MouseEvent<HTMLDetailsElement>) => {
    const details = e.currentTarget;
    if (!closeOnLink || !details.open || !e.defaultPrevented || !(e.target instanceof Element) || !e.target.closest('a')) return;
    if (typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches) return;
    // Focus on a link about to be hidden would be lost: it goes to the line that says where the reader is.
    const hadFocus = details.contains(document.activeElement);
    details.open = false;
    if (hadFocus) details.querySelector('summary')?.focus();
  };
  return (
    <details ref={ref} className="fold" onClick={close}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] px-3 py-2 text-sm font-medium [&::-webkit-details-marker]:hidden">
        <span className="min-w-0 flex-1 truncate">{summary}</span>
        <span aria-hidden="true" className="fold-chevron text-[var(--c-muted)]">▾</span>
      </summary>
      {children}
    </details>
  );
}
