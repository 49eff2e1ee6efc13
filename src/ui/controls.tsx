/**
 * Small, keyboard-first form controls. Native inputs inside a fieldset give arrow-key and
 * screen-reader behaviour for free; styling makes them look like segmented buttons.
 */
import { useId, type ReactNode } from 'react';

export interface Option<V extends string> {
  value: V;
  label: string;
}

const optionClass =
  'cursor-pointer select-none rounded-md border border-[var(--c-grid)] px-2.5 py-1.5 text-sm ' +
  'has-[:checked]:border-[var(--c-accent)] has-[:checked]:bg-[var(--c-accent)] has-[:checked]:text-[var(--c-surface)] ' +
  'has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-[var(--c-focus)] has-[:focus-visible]:outline-offset-2';

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="flex min-w-0 flex-wrap items-center gap-1.5">
      <legend className="float-left mr-1 text-xs font-semibold uppercase tracking-wide text-[var(--c-muted)]">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function Segmented<V extends string>(props: { legend: string; options: readonly Option<V>[]; value: V; onChange: (v: V) => void }) {
  const name = useId();
  return (
    <Group legend={props.legend}>
      {props.options.map((o) => (
        <label key={o.value} className={optionClass}>
          <input
            type="radio"
            className="sr-only"
            name={name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </Group>
  );
}

/** A set filter: nothing checked means "all". */
export function CheckGroup<V extends string>(props: { legend: string; options: readonly Option<V>[]; value: readonly V[]; onChange: (v: V[]) => void }) {
  const toggle = (v: V) => {
    const next = props.value.includes(v) ? props.value.filter((x) => x !== v) : [...props.value, v];
    props.onChange(props.options.map((o) => o.value).filter((x) => next.includes(x)));
  };
  return (
    <Group legend={props.legend}>
      {props.options.map((o) => (
        <label key={o.value} className={optionClass}>
          <input type="checkbox" className="sr-only" checked={props.value.includes(o.value)} onChange={() => toggle(o.value)} />
          {/* A tick, so the checked state is not told by colour alone. */}
          <span aria-hidden="true">{props.value.includes(o.value) ? '✓ ' : ''}</span>
          {o.label}
        </label>
      ))}
    </Group>
  );
}
