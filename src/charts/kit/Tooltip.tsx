/**
 * The details of the active mark, as a fixed overlay beside it (see placeTooltip.ts for why it
 * is fixed). It subscribes to the chart's ActiveStore itself, so opening it re-renders nothing
 * else. Long unbroken text wraps anywhere; a tooltip taller than the window is cut at the
 * window's height (the full text is in the mark's accessible name and the chart's table).
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useActive, type ActiveStore } from './activeStore.ts';
import type { MarkDetail } from './detail.ts';
import { placeTooltip, type Placement } from './placeTooltip.ts';

export interface TooltipAnchor {
  detail: MarkDetail;
  /** Where the tooltip points, in the chart's own coordinates (its container's top left is 0, 0). */
  x: number;
  y: number;
}

export function ChartTooltip({ store, at, container }: {
  store: ActiveStore;
  at: (i: number) => TooltipAnchor | undefined;
  /** The element the anchor's coordinates are relative to. */
  container: RefObject<HTMLElement | null>;
}) {
  const i = useActive(store);
  const anchor = i === null ? undefined : at(i);
  const tip = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Placement | null>(null);
  const x = anchor?.x;
  const y = anchor?.y;

  useLayoutEffect(() => {
    if (x === undefined || y === undefined) return;
    const measure = () => {
      const box = container.current?.getBoundingClientRect();
      const el = tip.current;
      if (!box || !el) return;
      const next = placeTooltip(
        { x: box.left + x, y: box.top + y },
        { width: el.offsetWidth, height: el.offsetHeight },
        { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight },
      );
      setPlace((old) => (old && old.left === next.left && old.top === next.top ? old : next));
    };
    measure();
    // Fixed to the window: follow the mark when the page scrolls or resizes under it.
    window.addEventListener('scroll', measure, { capture: true, passive: true });
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure, { capture: true });
      window.removeEventListener('resize', measure);
    };
  }, [x, y, container, anchor?.detail]);

  if (!anchor) return null;
  return (
    <div
      ref={tip}
      role="tooltip"
      className="pointer-events-none fixed z-20 w-64 max-w-[calc(100vw-8px)] max-h-[calc(100vh-8px)] overflow-hidden rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] p-2 text-xs shadow-lg [overflow-wrap:anywhere]"
      style={{ left: place?.left ?? 0, top: place?.top ?? 0, visibility: place ? undefined : 'hidden' }}
    >
      <p className="mb-1 font-semibold">{anchor.detail.title}</p>
      {/* Labels take at most 45 % and wrap between words: an auto column took the width of the
          longest label ("In the standard analysis") and left values so little that "Decommissioned" broke mid-word. */}
      <dl className="grid grid-cols-[fit-content(45%)_minmax(0,1fr)] gap-x-2 gap-y-0.5">
        {anchor.detail.lines.map((d) => (
          <div key={d.label} className="contents">
            <dt className="text-[var(--c-muted)]">{d.label}</dt>
            <dd>{d.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
