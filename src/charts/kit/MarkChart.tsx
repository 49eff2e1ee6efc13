/**
 * The shell every chart kind with marks shares: the interactive box (or, in image mode, the
 * collected SVG), the accessible <svg>, the one layer that handles the marks' events, the focus
 * ring and the tooltip. A kind brings its layout and says what goes behind, in and over the
 * layer; the wiring between store, ring, tooltip and layer lives here once.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, type MouseEvent, type ReactNode, type Ref } from 'react';
import { ChartSvg } from './ChartSvg.tsx';
import { ChartBox, useChartImage } from './imageMode.tsx';
import { ActiveRing, showHidden, useMarks } from './marks.tsx';
import { ChartTooltip, type TooltipAnchor } from './Tooltip.tsx';

export interface MarkChartProps {
  /** From `useChartUid()`, which the marks may need too (pattern ids). */
  uid: string;
  width: number;
  height: number;
  /** Accessible name and generated description of the whole chart. */
  title: string;
  description: string;
  /** How many marks the layer holds, in keyboard order. */
  count: number;
  /** Runs for a mark on click, Enter or Space; without it a click or tap shows its details. */
  onActivate?: ((i: number) => void) | undefined;
  /** Drawn before the marks: grid, axes, captions. */
  backdrop?: ReactNode;
  /**
   * The marks: kit `Mark`s whose `index` counts from 0 to `count - 1`, given the index of the
   * chart's one tab stop (each mark takes `isTabStop={i === tabStop}`, so a memoised mark
   * re-renders only when it gains or loses the stop).
   */
  children: (tabStop: number) => ReactNode;
  /** Drawn over the marks and under the focus ring (lines that must stay readable through them). */
  overlay?: ReactNode;
  /** Drawn last, over the focus ring (a legend under the plot). */
  front?: ReactNode;
  /** The outline of the focus ring around mark i. */
  ring: (i: number) => ReactNode;
  /** What the tooltip of mark i says and where it points. */
  tooltip: (i: number) => TooltipAnchor | undefined;
  /** Classes of the interactive box. */
  className?: string;
  /**
   * The mark nearest a point of the plot (SVG px), or null. With it, a pointer or a tap over the
   * plot finds its mark by distance, so a small mark needs no invisible hit shape of its own.
   */
  nearest?: ((x: number, y: number) => number | null) | undefined;
  /** Where `nearest` listens: the plot's box. */
  plot?: { left: number; top: number; right: number; bottom: number } | undefined;
  /** The `<g>` that holds the marks, for a kind that moves its marks itself (BarChart). */
  layerRef?: Ref<SVGGElement>;
  /**
   * Marks a filter hides but keeps in place: the keys and the tab stop pass over them, and a
   * hidden mark gets no ring or tooltip. The kind draws each mark's state (`HIDDEN_ATTRS`) and
   * memoises its marks with `sameMarkPropsButHidden`; after that, MarkChart hides and shows them
   * in the DOM itself (`showHidden`), so a filter re-renders no mark.
   */
  isHidden?: ((i: number) => boolean) | undefined;
}

const NOTHING_HIDDEN = () => false;

/** The pointer's position in the SVG's own units (null where the DOM cannot tell, as in jsdom). */
function svgPoint(e: MouseEvent<SVGElement>): { x: number; y: number } | null {
  const svg = e.currentTarget.ownerSVGElement;
  const m = svg?.getScreenCTM?.();
  if (!m) return null;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
  return { x: p.x, y: p.y };
}

export function MarkChart({ uid, width, height, title, description, count, onActivate, backdrop, children, overlay, front, ring, tooltip, className, nearest, plot, layerRef, isHidden }: MarkChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const pick = useMemo(
    () =>
      nearest &&
      ((e: MouseEvent<SVGGElement>) => {
        const p = svgPoint(e);
        return p ? nearest(p.x, p.y) : null;
      }),
    [nearest],
  );
  const { store, layerProps, clear, tabStop } = useMarks(count, onActivate, pick, isHidden);
  const layer = useRef<SVGGElement | null>(null);
  const setLayer = useCallback(
    (el: SVGGElement | null) => {
      layer.current = el;
      if (typeof layerRef === 'function') layerRef(el);
      else if (layerRef) layerRef.current = el;
    },
    [layerRef],
  );
  // What the DOM shows; the first render is React's own drawing.
  const drawn = useRef(isHidden);
  useLayoutEffect(() => {
    const was = drawn.current;
    if (was === isHidden) return;
    drawn.current = isHidden;
    if (layer.current) showHidden(layer.current, count, isHidden ?? NOTHING_HIDDEN, was ?? NOTHING_HIDDEN);
  }, [isHidden, count]);
  const isImage = useChartImage() !== null;
  return (
    <ChartBox
      box={box}
      onLeave={clear}
      width={width}
      height={height}
      className={className}
      svg={
        <ChartSvg uid={uid} width={width} height={height} title={title} description={description}>
          {backdrop}
          <g ref={setLayer} {...layerProps}>
            {nearest && plot && !isImage && <rect x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.bottom - plot.top} fill="transparent" aria-hidden="true" />}
            {children(tabStop)}
          </g>
          {overlay}
          <ActiveRing store={store} draw={isHidden ? (i) => !isHidden(i) && ring(i) : ring} />
          {front}
        </ChartSvg>
      }
    >
      <ChartTooltip store={store} container={box} at={isHidden ? (i) => (isHidden(i) ? undefined : tooltip(i)) : tooltip} />
    </ChartBox>
  );
}
