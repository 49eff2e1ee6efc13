/**
 * A search box for any cluster, model or chip, in the ARIA 1.2 combobox pattern: the input keeps
 * focus, arrows move `aria-activedescendant` through the listbox, Enter picks, Escape closes
 * (a second Escape clears), and the number of results is announced in a polite live region.
 *
 * The index comes from Epoch's world data, which is fetched only when the reader focuses or
 * types here (`onRequest`); meanwhile the list says "Loading…", and a failure offers Retry.
 * Entries lacking what the caller needs (e.g. a cluster without a GPU count for the what-if)
 * are listed but disabled, with the reason in their text.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { search, type SearchEntry, type SearchIndex } from '../../data/worldSearch.ts';
import type { LazyWorldStatus } from '../../charts/views/world/useLazyWorld.ts';
import type { Messages } from '../../i18n/messages.ts';

/** Enough to find anything by typing more; a longer list is a wall for screen readers. */
const RESULT_LIMIT = 12;

export interface EntitySearchProps {
  label: string;
  /** The input's id, for a caller that moves focus back to it. */
  inputId?: string;
  status: LazyWorldStatus;
  index: SearchIndex | null;
  onRequest: () => void;
  onRetry: () => void;
  onPick: (entry: SearchEntry) => void;
  /** Why an entry cannot be picked here; undefined when it can. */
  disabledReason?: (entry: SearchEntry) => string | undefined;
  /** Ids already chosen (pinned, or the current A/B): marked in the list. */
  chosenIds?: readonly string[];
  /** Ids of the curated data: marked "from the post". */
  curatedIds?: ReadonlySet<string>;
  /** Said after a pick (e.g. "GPT-4 pinned."), in the same live region. */
  pickedMessage?: (entry: SearchEntry) => string;
  m: Messages;
}

export function EntitySearch({ label, inputId, status, index, onRequest, onRetry, onPick, disabledReason, chosenIds = [], curatedIds, pickedMessage, m }: EntitySearchProps) {
  const s = m.search;
  const id = useId();
  const listId = `${id}-list`;
  const inputBase = inputId ?? `${id}-input`;
  const hintId = `${id}-hint`;
  const [query, setQuery] = useState('');
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [said, setSaid] = useState('');

  const { results, total } = useMemo(() => {
    if (!index || !query.trim()) return { results: [] as SearchEntry[], total: 0 };
    const all = search(index, query, Infinity);
    return { results: all.slice(0, RESULT_LIMIT), total: all.length };
  }, [index, query]);
  const reasons = useMemo(() => results.map((e) => disabledReason?.(e)), [results, disabledReason]);
  const isEnabled = (i: number) => reasons[i] === undefined;
  const hasQuery = query.trim() !== '';
  const isListShown = isOpen && hasQuery && status === 'ready' && results.length > 0;
  const activeId = isListShown && active >= 0 && active < results.length ? `${listId}-${active}` : undefined;

  const firstEnabled = (from: number, step: 1 | -1): number => {
    for (let k = 0; k < results.length; k++) {
      const i = (((from + step * k) % results.length) + results.length) % results.length;
      if (isEnabled(i)) return i;
    }
    return -1;
  };

  const pick = (i: number) => {
    const entry = results[i];
    if (!entry || !isEnabled(i)) return;
    onPick(entry);
    setSaid(pickedMessage?.(entry) ?? entry.name);
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onRequest();
      setOpen(true);
      if (!results.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(firstEnabled(active < 0 ? (step === 1 ? 0 : results.length - 1) : active + step, step));
    } else if (e.key === 'Enter') {
      if (isListShown && active >= 0) {
        e.preventDefault();
        pick(active);
      }
    } else if (e.key === 'Escape') {
      if (isOpen && hasQuery) {
        e.preventDefault();
        setOpen(false);
      } else if (query) {
        e.preventDefault();
        setQuery('');
      }
    }
  };

  // One live text: loading, the count of results, or what was just picked (an error is its own alert).
  const liveText = status === 'loading' && hasQuery ? s.loading : status === 'error' ? '' : hasQuery && status === 'ready' ? s.results(total, results.length) : said;

  return (
    <div className="relative flex min-w-0 flex-col gap-1">
      <label htmlFor={inputBase} className="text-xs font-semibold uppercase tracking-wide text-[var(--c-muted)]">
        {label}
      </label>
      <input
        id={inputBase}
        type="text"
        role="combobox"
        aria-expanded={isListShown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        placeholder={s.placeholder}
        value={query}
        className="w-full rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] px-2.5 py-1.5 text-sm text-[var(--c-text)] placeholder:text-[var(--c-muted)]"
        onFocus={onRequest}
        onChange={(e) => {
          onRequest();
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={hintId} className="sr-only">
        {s.hint}
      </span>
      {/* A polite live region without role="status": the page's status roles belong to the views. */}
      <span aria-live="polite" aria-atomic="true" className="sr-only" data-testid="search-live">
        {liveText}
      </span>
      {isOpen && hasQuery && status === 'loading' && (
        <p aria-hidden="true" className="absolute top-full z-20 mt-1 w-full rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] px-2.5 py-2 text-sm text-[var(--c-muted)] shadow-lg">
          {s.loading}
        </p>
      )}
      {isOpen && hasQuery && status === 'ready' && results.length === 0 && (
        <p aria-hidden="true" className="absolute top-full z-20 mt-1 w-full rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] px-2.5 py-2 text-sm text-[var(--c-muted)] shadow-lg">
          {s.results(0, 0)}
        </p>
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!isListShown}
        // Keeps focus in the input when an option is clicked, as the pattern requires.
        onMouseDown={(e) => e.preventDefault()}
        className="absolute top-full z-20 mt-1 max-h-80 w-full overflow-y-auto rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] py-1 text-sm shadow-lg"
      >
        {isListShown &&
          results.map((entry, i) => {
            const reason = reasons[i];
            const isChosen = chosenIds.includes(entry.id);
            const notes = [s.kinds[entry.kind], curatedIds?.has(entry.id) ? s.fromPost : undefined, isChosen ? s.pinnedMark : undefined, reason].filter(Boolean);
            return (
              <li
                key={entry.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                aria-disabled={reason !== undefined || undefined}
                onClick={() => pick(i)}
                onMouseMove={() => reason === undefined && i !== active && setActive(i)}
                className={`flex cursor-pointer items-baseline justify-between gap-2 px-2.5 py-1.5 aria-selected:bg-[var(--c-accent)] aria-selected:text-[var(--c-surface)] aria-disabled:cursor-not-allowed aria-disabled:text-[var(--c-muted)]`}
              >
                {/* Wraps rather than cuts: on a phone "Salamandra-2B trainin…" and "Salamandra-7B trainin…" would look alike. */}
                <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">{entry.name}</span>
                <span className="max-w-[45%] shrink-0 text-right text-xs opacity-80">{notes.join(' · ')}</span>
              </li>
            );
          })}
      </ul>
      {status === 'error' && (
        <p role="alert" className="flex flex-wrap items-center gap-2 text-sm">
          {s.error}
          <button type="button" className="btn" onClick={onRetry}>
            {s.retry}
          </button>
        </p>
      )}
    </div>
  );
}
