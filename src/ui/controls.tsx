/**
 * Small, keyboard-first form controls. Native inputs inside a fieldset give arrow-key and
 * screen-reader behaviour for free; styling makes them look like segmented buttons.
 */
import { memo, useId, useLayoutEffect, useRef, type ReactNode } from 'react';

export interface Option<V extends string> {
  value: V;
  label: string;
  /** Shown on hover: the full name behind a short label ("English" for "EN"). */
  title?: string;
  /** The label's language, when it is not the page's (a language's name in itself). */
  lang?: string;
}

const optionClass =
  'cursor-pointer select-none rounded-md border border-[var(--c-grid)] px-2.5 py-1.5 text-sm ' +
  'has-[:checked]:border-[var(--c-accent)] has-[:checked]:bg-[var(--c-accent)] has-[:checked]:text-[var(--c-surface)] ' +
  'has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-[var(--c-focus)] has-[:focus-visible]:outline-offset-2';

/**
 * `isChecked` says which inputs (by value) the view has checked. A click on the build's
 * prerendered copy, before React takes it over, flips the native input, and hydration leaves it
 * so: the control would show a choice the chart does not have. Re-asserting the controlled state
 * after every commit keeps the two in step (a no-op once they agree).
 */
function Group({ legend, isChecked, children }: { legend: string; isChecked: (value: string) => boolean; children: ReactNode }) {
  const ref = useRef<HTMLFieldSetElement>(null);
  useLayoutEffect(() => {
    for (const input of ref.current?.querySelectorAll('input') ?? []) {
      if (input.checked !== isChecked(input.value)) input.checked = isChecked(input.value);
    }
  });
  return (
    <fieldset ref={ref} className="flex min-w-0 flex-wrap items-center gap-1.5">
      <legend className="float-left mr-1 text-xs font-semibold uppercase tracking-wide text-[var(--c-muted)]">{legend}</legend>
      {children}
    </fieldset>
  );
}

function SegmentedGroup<V extends string>(props: { legend: string; options: readonly Option<V>[]; value: V; onChange: (v: V) => void }) {
  const name = useId();
  return (
    <Group legend={props.legend} isChecked={(v) => v === props.value}>
      {props.options.map((o) => (
        <label key={o.value} className={optionClass} title={o.title} lang={o.lang}>
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
function CheckBoxes<V extends string>(props: { legend: string; options: readonly Option<V>[]; value: readonly V[]; onChange: (v: V[]) => void }) {
  const toggle = (v: V) => {
    const next = props.value.includes(v) ? props.value.filter((x) => x !== v) : [...props.value, v];
    props.onChange(props.options.map((o) => o.value).filter((x) => next.includes(x)));
  };
  return (
    <Group legend={props.legend} isChecked={(v) => (props.value as readonly string[]).includes(v)}>
      {props.options.map((o) => (
        <label key={o.value} className={optionClass}>
          <input type="checkbox" className="sr-only" value={o.value} checked={props.value.includes(o.value)} onChange={() => toggle(o.value)} />
          {/* A tick, so the checked state is not told by colour alone. */}
          <span aria-hidden="true">{props.value.includes(o.value) ? '✓ ' : ''}</span>
          {o.label}
        </label>
      ))}
    </Group>
  );
}

/**
 * Memoised (shallow props): a view that keeps its options and handlers (useMemo) renders a group
 * again only when its own value changes, so a click in one group leaves the others alone.
 */
export const Segmented = memo(SegmentedGroup) as typeof SegmentedGroup;
export const CheckGroup = memo(CheckBoxes) as typeof CheckBoxes;

/**
 * What a group of controls has chosen, for a fold's summary line: each group's chosen labels in
 * order, groups apart by " · "; a set filter with nothing ticked (all) says nothing.
 */
export function chosenLabels(groups: readonly { options: readonly Option<string>[]; value: string | readonly string[] }[]): string {
  return groups
    .map(({ options, value }) => options.filter((o) => (typeof value === 'string' ? o.value === value : value.includes(o.value))).map((o) => o.label).join(', '))
    .filter(Boolean)
    .join(' · ');
}
