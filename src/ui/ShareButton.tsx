/**
 * Copy the current view's link. Uses the Clipboard API; where the browser refuses (no
 * permission, insecure context, sandboxed iframe) it shows the link in a selected field instead.
 */
import { useRef, useState, useSyncExternalStore } from 'react';

export interface ShareLabels {
  copy: string;
  copied: string;
  share: string;
  fallback: string;
}

const noSubscribe = () => () => {};

export function ShareButton({ url, title, labels }: { url: string; title: string; labels: ShareLabels }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'fallback'>('idle');
  const field = useRef<HTMLInputElement>(null);
  // False on the server and during hydration (the prerendered HTML has no share button), then
  // the browser's answer: reading navigator in render would make hydration mismatch.
  const canShare = useSyncExternalStore(
    noSubscribe,
    () => typeof navigator.share === 'function',
    () => false,
  );

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('fallback');
      requestAnimationFrame(() => field.current?.select());
    }
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className="btn" onClick={copy}>
        {labels.copy}
      </button>
      {canShare && (
        <button type="button" className="btn" onClick={() => navigator.share({ url, title }).catch(() => undefined)}>
          {labels.share}
        </button>
      )}
      <span role="status" className="text-xs text-[var(--c-muted)]">
        {status === 'copied' ? labels.copied : ''}
      </span>
      {status === 'fallback' && (
        <label className="flex w-full flex-col gap-1 text-xs">
          {labels.fallback}
          <input ref={field} readOnly value={url} className="w-full rounded border border-[var(--c-grid)] bg-[var(--c-bg)] px-2 py-1 font-mono" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
