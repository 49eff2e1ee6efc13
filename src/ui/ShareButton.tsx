/**
 * Copy the current view's link (pinned to the release shown, when it is one; `latestUrl` adds a
 * second button for the link that always shows the latest figures) (with the visible fallback field of CopyButton when the browser
 * refuses the clipboard), plus the system share sheet where the browser has one.
 */
import { useSyncExternalStore } from 'react';
import { CopyButton } from '../charts/frame/CopyButton.tsx';

export interface ShareLabels {
  copy: string;
  copied: string;
  share: string;
  fallback: string;
}

const noSubscribe = () => () => {};

export interface ShareButtonProps {
  url: string;
  title: string;
  labels: ShareLabels;
  latestUrl?: string | undefined;
  latestLabel?: string;
}

export function ShareButton({ url, title, labels, latestUrl, latestLabel }: ShareButtonProps) {
  // False on the server and during hydration (the prerendered HTML has no share button), then
  // the browser's answer: reading navigator in render would make hydration mismatch.
  const canShare = useSyncExternalStore(
    noSubscribe,
    () => typeof navigator.share === 'function',
    () => false,
  );
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <CopyButton text={url} labels={labels} />
      {latestUrl && latestLabel && <CopyButton text={latestUrl} labels={{ ...labels, copy: latestLabel }} />}
      {canShare && (
        <button type="button" className="btn" onClick={() => navigator.share({ url, title }).catch(() => undefined)}>
          {labels.share}
        </button>
      )}
    </span>
  );
}
