/**
 * Search and pin, above every view: the search box pins what the reader picks, and the pins
 * show as removable chips (a × button named "Unpin …"; Backspace or Delete on it works too).
 * Pins live in the URL (`pin=`), so they survive a reload and travel with a shared link.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../../data/schema.ts';
import type { LazyWorld } from '../../charts/views/world/useLazyWorld.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { UpdateView } from '../../view/useViewState.ts';
import { MAX_PINS } from '../../view/viewState.ts';
import { EntitySearch } from './EntitySearch.tsx';
import { curatedEntityIds, entityIndex, entityNames } from './entityNames.ts';

export function PinBar({ dataset, pins, update, world, m }: { dataset: Dataset; pins: readonly string[]; update: UpdateView; world: LazyWorld; m: Messages }) {
  const s = m.search;
  const index = useMemo(() => (world.world ? entityIndex(dataset, world.world) : null), [dataset, world.world]);
  const names = useMemo(() => entityNames(dataset, world.world), [dataset, world.world]);
  const curated = useMemo(() => curatedEntityIds(dataset), [dataset]);
  const [said, setSaid] = useState('');
  const chips = useRef<HTMLUListElement>(null);
  const inputId = useId();
  const labelId = useId();
  const isFull = pins.length >= MAX_PINS;

  const unpin = (id: string, at: number) => {
    update({ pins: pins.filter((p) => p !== id) }, 'push');
    setSaid(s.didUnpin(names.get(id)?.name ?? id));
    // Focus stays in the chip row (the next chip, else the previous), or returns to the search.
    requestAnimationFrame(() => {
      const buttons = chips.current?.querySelectorAll('button');
      const next = buttons?.length ? buttons[Math.min(at, buttons.length - 1)] : undefined;
      (next ?? document.getElementById(inputId))?.focus();
    });
  };
  const onChipKey = (e: KeyboardEvent, id: string, at: number) => {
    if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault();
      unpin(id, at);
    }
  };

  return (
    <div className="flex flex-col gap-2" role="search" aria-label={s.label}>
      <div className="max-w-md">
        <EntitySearch
          label={s.label}
          inputId={inputId}
          status={world.status}
          index={index}
          onRequest={world.request}
          onRetry={world.retry}
          onPick={(e) => !pins.includes(e.id) && update({ pins: [...pins, e.id] }, 'push')}
          disabledReason={(e) => (isFull && !pins.includes(e.id) ? s.full(MAX_PINS) : undefined)}
          chosenIds={pins}
          curatedIds={curated}
          pickedMessage={(e) => (pins.includes(e.id) ? e.name : s.didPin(e.name))}
          m={m}
        />
      </div>
      {pins.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-xs font-semibold uppercase tracking-wide text-[var(--c-muted)]" id={labelId}>
            {s.pinned}
          </span>
          <ul ref={chips} aria-labelledby={labelId} className="flex flex-wrap gap-1.5">
            {pins.map((id, i) => {
              const entity = names.get(id);
              const name = entity?.name ?? id;
              return (
                <li key={id} className="flex items-center gap-1 rounded-full border border-[var(--c-accent)] py-0.5 pr-0.5 pl-2.5 text-sm">
                  <span>{name}</span>
                  {entity && <span className="text-xs text-[var(--c-muted)]">{s.kinds[entity.kind]}</span>}
                  <button
                    type="button"
                    aria-label={s.unpin(name)}
                    title={s.unpin(name)}
                    onClick={() => unpin(id, i)}
                    onKeyDown={(e) => onChipKey(e, id, i)}
                    className="grid size-6 place-items-center rounded-full hover:bg-[var(--c-grid)]"
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <span className="text-xs text-[var(--c-muted)]">{s.pinHelp}</span>
        </div>
      )}
      <span aria-live="polite" className="sr-only">
        {said}
      </span>
    </div>
  );
}
