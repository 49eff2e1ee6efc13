/**
 * On a narrow screen, a block of controls folds behind one line that says what is chosen, so the
 * chart starts on the reader's first screen; from 40rem up it is always open and the line is not
 * shown (`.fold` in index.css, through `::details-content`). A native <details>: it opens by tap,
 * click, Enter or Space with no script, on the prerendered page before the app has loaded too,
 * and a screen reader announces it as a collapsed or expanded button.
 */
import type { MouseEvent, ReactNode } from 'react';

export function Fold({ summary, closeOnLink = false, children }: { summary: string; closeOnLink?: boolean; children: ReactNode }) {
  // A link chosen in an open fold (a view's tab on a phone) shuts it: the reader has moved on.
  const close = (e: MouseEvent<HTMLDetailsElement>) => {
    const details = e.currentTarget;
    if (closeOnLink && details.open && e.target instanceof Element && e.target.closest('a')) details.open = false;
  };
  return (
    <details className="fold" onClick={close}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] px-3 py-2 text-sm font-medium [&::-webkit-details-marker]:hidden">
        <span className="min-w-0 flex-1 truncate">{summary}</span>
        <span aria-hidden="true" className="fold-chevron text-[var(--c-muted)]">▾</span>
      </summary>
      {children}
    </details>
  );
}
