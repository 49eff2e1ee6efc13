import type { Messages } from '../i18n/messages.ts';
import type { IgnoredParam } from '../view/viewState.ts';

/** Names what the link had that the page could not use. Rendered as text: values are untrusted. */
export function IgnoredNotice({ ignored, onDismiss, m }: { ignored: readonly IgnoredParam[]; onDismiss: () => void; m: Messages }) {
  if (!ignored.length) return null;
  return (
    <div role="status" className="flex items-start justify-between gap-3 rounded-md bg-[var(--c-warn-bg)] px-3 py-2 text-sm text-[var(--c-warn-text)]">
      <div>
        <p className="font-medium">{m.ignoredTitle}</p>
        <ul className="mt-1 list-disc pl-5 text-xs break-all">
          {ignored.slice(0, 8).map((i, k) => (
            <li key={k}>
              <code>{i.param}{i.value ? `=${i.value}` : ''}</code> — {m.ignoredReasons[i.reason]}
            </li>
          ))}
          {ignored.length > 8 && <li>{m.moreSources(ignored.length - 8)}</li>}
        </ul>
      </div>
      <button type="button" className="btn shrink-0" onClick={onDismiss} aria-label={m.dismiss}>
        ✕
      </button>
    </div>
  );
}
