/**
 * Copy a text with the Clipboard API. Where the browser refuses (no permission, insecure
 * context, sandboxed iframe) the text appears in a selected read-only field to copy by hand,
 * so copying never silently fails.
 */
import { useRef, useState } from 'react';

export interface CopyLabels {
  copy: string;
  copied: string;
  fallback: string;
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** `describedBy` names what is copied (e.g. the id of the snippet's label) for screen readers. */
export function CopyButton({ text, labels, describedBy }: { text: string; labels: CopyLabels; describedBy?: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'fallback'>('idle');
  const field = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    if (await copyText(text)) setStatus('copied');
    else {
      setStatus('fallback');
      requestAnimationFrame(() => {
        field.current?.focus();
        field.current?.select();
      });
    }
  };

  return (
    <span className="flex flex-wrap items-center gap-2">
      <button type="button" className="btn" aria-describedby={describedBy} onClick={copy}>
        {labels.copy}
      </button>
      <span role="status" className="text-xs text-[var(--c-muted)]">
        {status === 'copied' ? labels.copied : ''}
      </span>
      {status === 'fallback' && (
        <label className="flex w-full flex-col gap-1 text-xs">
          {labels.fallback}
          <textarea
            ref={field}
            readOnly
            value={text}
            rows={Math.min(6, Math.max(2, Math.ceil(text.length / 70)))}
            className="w-full rounded border border-[var(--c-grid)] bg-[var(--c-bg)] px-2 py-1 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </span>
  );
}
