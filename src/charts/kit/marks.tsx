/**
 * One interaction model for every chart's marks. A mark is a focusable `graphics-symbol`
 * (named by its formatted value); pointer, focus, click and key events are
 * handled once, on the group that holds all marks, and find their mark by `data-mark-index`.
 * So a chart of 5,000 marks has five handlers, not 25,000 closures, and marks can be memoised
 * with plain props. The active mark lives in an `ActiveStore`: hovering re-renders the
 * tooltip and the ring, not the marks.
 *
 * Keys: arrows move to the previous or next mark, Home and End to the first and last, Escape
 * hides the tooltip, Enter or Space runs `onActivate` (a click too; without it a click or a
 * tap shows the mark's details, which is how phones reach them).
 *
 * Hidden marks (a filter that keeps marks in place, `isHidden`) are skipped by the arrows, Home,
 * End and the tab stop.
 *
 * Tab: every chart is ONE tab stop, whatever its size (a roving tabindex: the mark focused last
 * has `tabIndex` 0, every other -1). A chart of 900 marks would otherwise take 900 presses of
 * Tab to pass, and a bar chart's "show all" turns 28 bars into hundreds; one rule for every
 * chart also means a reader learns it once (Tab in, arrows across, Tab out). Before React runs,
 * the first mark is the stop, which is what the server renders too, so hydration agrees.
 */
import { memo, useCallback, useMemo, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { createActiveStore, useActive, type ActiveStore } from './activeStore.ts';
import { useChartImage } from './imageMode.tsx';

export const INDEX_ATTR = 'data-mark-index';

function markIndex(target: EventTarget | null, layer: Element): number | null {
  const el = (target as Element | null)?.closest?.(`[${INDEX_ATTR}]`);
  if (!el || !layer.contains(el)) return null;
  const i = Number(el.getAttribute(INDEX_ATTR));
  return Number.isInteger(i) ? i : null;
}

export interface MarkLayerProps {
  onMouseOver: (e: MouseEvent<SVGGElement>) => void;
  onMouseMove?: (e: MouseEvent<SVGGElement>) => void;
  onFocus: (e: FocusEvent<SVGGElement>) => void;
  onBlur: (e: FocusEvent<SVGGElement>) => void;
  onClick: (e: MouseEvent<SVGGElement>) => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
}

/** The mark nearest the pointer of an event over the layer, or null. */
export type MarkPicker = (e: MouseEvent<SVGGElement>) => number | null;

/**
 * The first mark from `from` (clamped to 0…count-1) stepping by `step` that is not hidden, or
 * null if there is none that way.
 */
export function shownFrom(from: number, step: 1 | -1, count: number, isHidden?: (i: number) => boolean): number | null {
  for (let i = Math.max(0, Math.min(count - 1, from)); i >= 0 && i < count; i += step) if (!isHidden?.(i)) return i;
  return null;
}

/**
 * The store, the delegated handlers and the tab stop of one chart's marks. Spread `layerProps`
 * on the `<g>` around the marks, give mark `tabStop` `isTabStop`, and call `clear` when the
 * pointer leaves the chart. With `pick`, the pointer finds its mark by distance (hover and
 * click beside a mark), so a small mark needs no invisible hit shape.
 */
export function useMarks(count: number, onActivate?: (i: number) => void, pick?: MarkPicker, isHidden?: (i: number) => boolean) {
  const [store] = useState(createActiveStore);
  const [stop, setStop] = useState(0);
  const layerProps = useMemo((): MarkLayerProps => {
    const show = (e: MouseEvent<SVGGElement>) => {
      const i = markIndex(e.target, e.currentTarget);
      if (i !== null) store.set(i);
    };
    return {
      onMouseOver: show,
      ...(pick && { onMouseMove: (e: MouseEvent<SVGGElement>) => store.set(pick(e)) }),
      onFocus(e) {
        const i = markIndex(e.target, e.currentTarget);
        if (i === null) return;
        store.set(i);
        // The stop follows focus, so Shift+Tab from any mark leaves the chart and Tab back in
        // returns to the same mark.
        setStop(i);
      },
      onBlur(e) {
        const i = markIndex(e.target, e.currentTarget);
        store.set((a) => (a === i ? null : a));
      },
      onClick(e) {
        // A click beside a mark (a finger is wider than 8 px) counts for the nearest one.
        const i = markIndex(e.target, e.currentTarget) ?? pick?.(e) ?? null;
        if (i === null) return;
        if (onActivate) onActivate(i);
        else store.set(i);
      },
      onKeyDown(e) {
        const i = markIndex(e.target, e.currentTarget);
        if (i === null) return;
        const layer = e.currentTarget;
        const focus = (j: number | null) => {
          if (j !== null) layer.querySelector<SVGGElement>(`[${INDEX_ATTR}="${j}"]`)?.focus();
        };
        const shown = (from: number, step: 1 | -1) => shownFrom(from, step, count, isHidden);
        if (e.key === 'Escape') store.set(null);
        else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') focus(shown(i + 1, 1));
        else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') focus(i > 0 ? shown(i - 1, -1) : null);
        else if (e.key === 'Home') focus(shown(0, 1));
        else if (e.key === 'End') focus(shown(count - 1, -1));
        else if ((e.key === 'Enter' || e.key === ' ') && onActivate) onActivate(i);
        else return;
        e.preventDefault();
      },
    };
  }, [store, count, onActivate, pick, isHidden]);
  const clear = useCallback(() => store.set(null), [store]);
  // Kept in range when a filter shortens the list, and on a shown mark when a filter hides it:
  // the next shown one, else the last before it.
  const tabStop = shownFrom(stop, 1, count, isHidden) ?? shownFrom(stop, -1, count, isHidden) ?? Math.max(0, Math.min(stop, count - 1));
  return { store, layerProps, clear, tabStop };
}

export interface MarkProps {
  /** Position in keyboard order (0-based). */
  index: number;
  /** Spoken on focus: the mark's name and formatted value. */
  label: string;
  /** The chart's one mark in the tab order (`index === tabStop` of `useMarks`). */
  isTabStop: boolean;
  className?: string;
  /**
   * The kind's `className` already gives the pointer cursor and no outline (the clusters'
   * `.cl-m`), so the kit's classes are not repeated on each of its ~600 marks.
   */
  hasOwnStyle?: boolean;
  /** Test and export hooks such as `data-bar`. */
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function sameShallow(a: Record<string, unknown>, b: Record<string, unknown>, depth: number): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    return Object.is(x, y) || (depth > 0 && isPlain(x) && isPlain(y) && sameShallow(x, y, depth - 1));
  });
}

/**
 * `memo` comparison for marks: props are equal when their numbers are, two levels down (a
 * placed mark and its label box are new objects after every layout; the data row keeps its
 * identity). So a re-layout that moved nothing, such as a filter above it, skips the mark.
 */
export function sameMarkProps<P extends object>(a: P, b: P): boolean {
  return sameShallow(a as Record<string, unknown>, b as Record<string, unknown>, 2);
}

/**
 * `sameMarkProps` without `isHidden`: a filter that only hides or shows a mark re-renders
 * nothing, because `MarkChart` writes the change to the DOM itself (`showHidden`). The mark still
 * draws its `isHidden` on every render (`HIDDEN_ATTRS`), so the server's markup and a re-render
 * agree with it.
 */
export function sameMarkPropsButHidden<P extends { isHidden?: boolean }>(a: P, b: P): boolean {
  const { isHidden: _a, ...x } = a;
  const { isHidden: _b, ...y } = b;
  return sameMarkProps(x, y);
}

/**
 * How a hidden mark is drawn: SVG's `display` presentation attribute, so out of sight, out of the
 * accessibility tree, not focusable. An attribute rather than an inline style: hiding 419 of the
 * clusters chart's marks took the browser about 11 ms of style and layout through `style.display`
 * and about 5.5 ms through the attribute or a class (bench/README.md, ninth session). Every mark
 * is SVG, and no stylesheet rule sets `display` on one, so the attribute is what applies.
 */
export const HIDDEN_ATTRS = { display: 'none' } as const;

/** Each layer's elements by mark index (a mark, and whatever else carries its index, such as a name's hit box), as `showHidden` last found them. */
const marksByIndex = new WeakMap<Element, Element[][]>();

function findMarks(layer: Element): Element[][] {
  const els: Element[][] = [];
  for (const m of layer.querySelectorAll(`[${INDEX_ATTR}]`)) (els[Number(m.getAttribute(INDEX_ATTR))] ??= []).push(m);
  marksByIndex.set(layer, els);
  return els;
}

/**
 * Shows and hides the marks of `layer` that `isHidden` changes against `was` (what the DOM shows
 * now), one attribute write per change, as a hand-written page would, instead of re-rendering
 * hundreds of marks. The marks are found once and kept by index; only a mark that changes is
 * touched, and checked (still in the page, still that index) before it is: when React has
 * replaced or moved a mark since, the marks are found again. React's record of a mark's attribute
 * may then be stale, which is safe: a mark that does re-render draws its current `isHidden`, and
 * React writes what differs from its record; a mark React drew in this commit already shows
 * `isHidden`, so writing it again changes nothing.
 */
export function showHidden(layer: Element, count: number, isHidden: (i: number) => boolean, was: (i: number) => boolean): void {
  let els = marksByIndex.get(layer);
  // Found again at most once per call: an index with no element (a mark a kind does not draw) must not search the layer each time.
  let isFresh = false;
  for (let i = 0; i < count; i++) {
    const hide = isHidden(i);
    if (hide === was(i)) continue;
    let found = els?.[i];
    // Found this call: nothing to check. Else each element is checked before it is written to.
    if (!isFresh && (!found?.length || found.some((el) => !el.isConnected || el.getAttribute(INDEX_ATTR) !== String(i)))) {
      els = findMarks(layer);
      isFresh = true;
      found = els[i];
    }
    if (!found) continue;
    for (const el of found) {
      if (hide) el.setAttribute('display', HIDDEN_ATTRS.display);
      else el.removeAttribute('display');
    }
  }
}

/**
 * The marks of a chart as one memoised element: `draw` runs again only when one of `deps` or the
 * tab stop changes, as `useMemo` would. Give as `deps` everything `draw` reads but the hidden
 * flags: a filter that only hides and shows marks (MarkChart's `isHidden`, which `showHidden`
 * writes to the DOM) then renders none of a thousand marks, not even to compare their props.
 */
export const KeptMarks = memo(
  function KeptMarks({ draw }: { draw: () => ReactNode; deps: readonly unknown[]; tabStop: number }) {
    return draw();
  },
  (a, b) => a.tabStop === b.tabStop && a.deps.length === b.deps.length && a.deps.every((d, i) => Object.is(d, b.deps[i])),
);

/**
 * The attributes of a mark's `<g>`, for a kind that draws its group itself instead of wrapping
 * it in `Mark`: a re-layout of a thousand marks then renders a thousand components fewer.
 * `isImage`: from `useChartImage()`, read by the caller.
 */
export function markAttributes({ index, label, isTabStop, className = '', hasOwnStyle = false, data }: Omit<MarkProps, 'children'>, isImage: boolean) {
  // An image keeps the drawing and its data hooks, not what only a keyboard or a mouse uses.
  if (isImage) return { ...data };
  return {
    ...data,
    [INDEX_ATTR]: index,
    role: 'graphics-symbol',
    'aria-label': label,
    tabIndex: isTabStop ? 0 : -1,
    className: hasOwnStyle ? className : className ? `chart-mark cursor-pointer outline-none ${className}` : 'chart-mark cursor-pointer outline-none',
  };
}

/** A focusable mark. Events are handled by the layer around it (`useMarks`). */
export function Mark({ children, ...props }: MarkProps) {
  return <g {...markAttributes(props, useChartImage() !== null)}>{children}</g>;
}

/** The focus ring of the active mark, drawn over all marks; `draw` returns its outline. */
export const ActiveRing = memo(function ActiveRing({ store, draw }: { store: ActiveStore; draw: (i: number) => ReactNode }) {
  const i = useActive(store);
  if (i === null) return null;
  return (
    <g aria-hidden="true" className="focus-ring" pointerEvents="none">
      {draw(i)}
    </g>
  );
});
