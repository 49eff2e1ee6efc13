import { DatasetLoadError } from '../../data/loadError.ts';
import type { Messages } from '../../i18n/messages.ts';

export function Loading({ m }: { m: Messages }) {
  return (
    <p role="status" className="py-10 text-center text-sm text-[var(--c-muted)]">
      {m.loading}
    </p>
  );
}

/** A failed or malformed data request: say what happened, show details, offer a retry. */
export function LoadError({ error, onRetry, m }: { error: unknown; onRetry: () => void; m: Messages }) {
  const kind = error instanceof DatasetLoadError ? error.kind : 'network';
  const details = error instanceof DatasetLoadError ? error.details : [String(error)];
  return (
    <div role="alert" className="flex flex-col items-start gap-2 rounded-lg border border-[var(--c-claim)] bg-[var(--c-surface)] p-4">
      <h2 className="text-base font-semibold">{m.loadErrorTitle}</h2>
      <p className="text-sm">{m.loadErrorKinds[kind]}</p>
      {details.length > 0 && (
        <ul className="list-disc pl-5 text-xs text-[var(--c-muted)]">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      <button type="button" className="btn" onClick={onRetry}>
        {m.retry}
      </button>
    </div>
  );
}
