/**
 * Horizontal bar chart: maps a `BarLayout` to SVG with the chart kit. It takes rows and a
 * width and never fetches or reads the URL. Bars are memoised marks with plain props, so a
 * hover re-renders only the tooltip and a filter only the bars that moved.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { layoutBars, type BarRow, type PlacedBar } from './barChart.layout.ts';
import { markStyle } from '../kit/confidenceMarks.tsx';
import { AxisCaption, GridX } from '../kit/axes.tsx';
import type { DetailLine } from '../kit/detail.ts';
import { markAttributes } from '../kit/marks.tsx';
import { useChartImage } from '../kit/imageMode.tsx';
import { MarkChart } from '../kit/MarkChart.tsx';
import type { ScaleType } from '../kit/scales.ts';
import { useChartUid } from '../kit/uid.ts';

export interface DetailedBarRow extends BarRow {
  /** Lines for the tooltip: value with unit, as-of date, source, confidence, note. */
  details: DetailLine[];
  /** Spoken by screen readers on focus. */
  ariaLabel: string;
}

export interface BarChartProps {
  rows: readonly DetailedBarRow[];
  width: number;
  scale: ScaleType;
  formatTick: (v: number) => string;
  /** Accessible name and long description of the whole chart, generated from the view. */
  title: string;
  description: string;
  /** Axis caption, e.g. "GPU (aceleradores)". */
  axisLabel: string;
  onSelect?: (id: string) => void;
  /**
   * How a bar is filled, when a view encodes something other than confidence (e.g. sector by
   * colour and pattern); `defs` supplies the patterns it refers to. Default: confidence marks.
   * Pass a stable function (module-level or memoised) to keep the bars memoised.
   */
  fillOf?: (uid: string, row: DetailedBarRow) => CSSProperties;
  defs?: (uid: string) => ReactNode;
}

/** Average glyph width the layout assumes at 12 px (barChart.layout.ts `charWidth`). */
const CHAR_PX = 7;

/**
 * Shortens a label to about `maxPx` with an ellipsis. The layout caps the label column (a third of
 * the width), so a long money label would otherwise run out of the frame; the mark's aria-label
 * and tooltip still carry the whole text.
 */
export function fitLabel(text: string, maxPx: number): string {
  const max = Math.max(4, Math.floor(maxPx / CHAR_PX));
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

interface BarMarkProps {
  bar: PlacedBar<DetailedBarRow>;
  index: number;
  uid: string;
  fillOf: (uid: string, row: DetailedBarRow) => CSSProperties;
  isCompact: boolean;
  labelRoom: number;
  isTabStop: boolean;
}

// Style objects shared by every bar, so React compares one reference instead of each key.
const LABEL_STYLE = { fill: 'var(--c-text)', fontWeight: 500 } as const;
const LABEL_STYLE_HIGHLIGHTED = { fill: 'var(--c-text)', fontWeight: 700 } as const;
const SUBLABEL_STYLE = { fill: 'var(--c-muted)', fontWeight: 400 } as const;
const WHISKER_STYLE = { stroke: 'var(--c-text)' } as const;
const VALUE_STYLE = { fill: 'var(--c-text)', fontVariantNumeric: 'tabular-nums' } as const;
const VALUE_INSIDE_STYLE = { fill: 'var(--c-on-bar)', fontVariantNumeric: 'tabular-nums' } as const;

/**
 * The category label: its own memoised component with plain props, because a scale change
 * moves every bar but no label. With 1,000 bars, skipping the labels is a third of the work.
 */
const BarLabel = memo(function BarLabel({ x, y, isCompact, isHighlighted, label, sublabel, room }: {
  x: number;
  y: number;
  isCompact: boolean;
  isHighlighted: boolean;
  label: string;
  sublabel: string | undefined;
  room: number;
}) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={isCompact ? 'start' : 'end'}
      dx={isCompact ? 0 : -8}
      dominantBaseline="middle"
      style={isHighlighted ? LABEL_STYLE_HIGHLIGHTED : LABEL_STYLE}
    >
      {fitLabel(label, room)}
      {/* Under the label; compact layouts reserve a second line above the bar for it too. */}
      {sublabel && (
        <tspan x={x} dx={isCompact ? 0 : -8} dy={14} style={SUBLABEL_STYLE} fontSize={11}>
          {fitLabel(sublabel, room)}
        </tspan>
      )}
    </text>
  );
});

/** The value label's anchor and colour: at the bar's end inside it, or after it. BarMark and moveBars both draw it. */
const valueAnchor = (b: PlacedBar) => (b.isValueInside ? 'end' : 'start');
const valueStyle = (b: PlacedBar) => (b.isValueInside ? VALUE_INSIDE_STYLE : VALUE_STYLE);

/** What a log/linear switch changes in a placed bar; `moveBars` writes these, not React. */
const MOVED: ReadonlySet<string> = new Set(['x', 'width', 'highX', 'valueX', 'isValueInside']);

/**
 * `memo` comparison for a bar: equal when everything but its place along the axis is. A
 * re-layout that only moved bars (a scale switch) then renders no bar at all, and `moveBars`
 * moves them. Whether it has a whisker is not a move: that adds or removes an element.
 */
export function sameBarUnlessMoved(a: BarMarkProps, b: BarMarkProps): boolean {
  for (const k of Object.keys(a) as (keyof BarMarkProps)[]) if (k !== 'bar' && !Object.is(a[k], b[k])) return false;
  const p = a.bar as unknown as Record<string, unknown>;
  const q = b.bar as unknown as Record<string, unknown>;
  for (const k of Object.keys(p)) if (!MOVED.has(k) && !Object.is(p[k], q[k])) return false;
  return Object.keys(p).length === Object.keys(q).length && (a.bar.highX === undefined) === (b.bar.highX === undefined);
}

function put(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Moves the bars of `layer` to `bars`, as `BarMark` draws them: rectangle, whisker and value
 * label. After a scale switch this is all that changes, so it is written here, one attribute
 * per change as a hand-written page would, instead of re-rendering a thousand bars.
 * React's own record of those attributes may then be stale, which is safe: whenever a bar does
 * re-render, it renders the current layout, and React writes what differs from its record.
 * Stops at the first group that is not the expected bar (the DOM is not what React drew).
 */
export function moveBars(layer: Element, bars: readonly PlacedBar<DetailedBarRow>[]): void {
  const groups = layer.children;
  let i = 0;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    if (!g.hasAttribute('data-bar')) continue;
    const b = bars[i++];
    const parts = g.children;
    const rect = parts[1];
    const value = parts[parts.length - 1];
    if (!b || g.getAttribute('data-bar') !== b.row.id || rect?.tagName !== 'rect' || !value || parts.length < 3) return;
    put(rect, 'x', String(b.x));
    put(rect, 'width', String(b.width));
    if (parts.length === 4 && b.highX !== undefined) {
      put(parts[2]!, 'x1', String(b.x + b.width));
      put(parts[2]!, 'x2', String(b.highX));
    }
    put(value, 'x', String(b.valueX));
    put(value, 'text-anchor', valueAnchor(b));
    const { fill } = valueStyle(b);
    const style = (value as SVGElement).style;
    if (style.fill !== fill) style.fill = fill;
  }
}

/**
 * One bar: its group is the focusable mark, hit area included (no transparent rectangle: the
 * bar and its two labels take the pointer, and rows 28 px apart keep WCAG's target spacing).
 * Drawn without `Mark` and a bar component; a log/linear switch renders none of them (see
 * `moveBars`).
 */
const BarMark = memo(function BarMark({ bar: b, index, uid, fillOf, isCompact, labelRoom, isTabStop }: BarMarkProps) {
  const { row } = b;
  const isImage = useChartImage() !== null;
  // The confidence style is computed once per row, not on every re-layout.
  const fill = useMemo(() => fillOf(uid, row), [fillOf, uid, row]);
  return (
    <g {...markAttributes({ index, label: row.ariaLabel, isTabStop, data: { 'data-bar': row.id } }, isImage)}>
      <BarLabel x={b.labelX} y={b.labelY} isCompact={isCompact} isHighlighted={!!row.isHighlighted} label={row.label} sublabel={row.sublabel} room={labelRoom} />
      <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={2} style={fill} />
      {b.highX !== undefined && (
        <line x1={b.x + b.width} x2={b.highX} y1={b.y + b.height / 2} y2={b.y + b.height / 2} className="range-whisker" style={WHISKER_STYLE} strokeWidth={2} strokeDasharray="3 2" />
      )}
      <text x={b.valueX} y={b.valueY} dominantBaseline="middle" textAnchor={valueAnchor(b)} style={valueStyle(b)}>
        {row.valueLabel}
      </text>
    </g>
  );
}, sameBarUnlessMoved);

export function BarChart({ rows, width, scale, formatTick, title, description, axisLabel, onSelect, fillOf = markStyle, defs }: BarChartProps) {
  const uid = useChartUid();
  const layout = useMemo(() => layoutBars(rows, width, scale), [rows, width, scale]);
  const { bars } = layout;
  const select = useCallback((i: number) => onSelect?.(bars[i]!.row.id), [onSelect, bars]);
  // Labels end 8 px left of the bars, or sit above them (compact) across the whole width.
  const labelRoom = layout.isCompact ? layout.width : (bars[0]?.labelX ?? 0) - 8;
  const layer = useRef<SVGGElement>(null);
  // The bars the DOM shows; none to move on the first render, which React draws itself.
  const placed = useRef(bars);
  useLayoutEffect(() => {
    if (placed.current === bars || !layer.current) return;
    placed.current = bars;
    moveBars(layer.current, bars);
  }, [bars]);

  return (
    <MarkChart
      uid={uid}
      width={layout.width}
      height={layout.height}
      title={title}
      description={description}
      count={bars.length}
      layerRef={layer}
      onActivate={onSelect ? select : undefined}
      backdrop={
        <g aria-hidden="true">
          {defs?.(uid)}
          <GridX ticks={layout.ticks} plot={layout.plot} format={formatTick} />
          <AxisCaption x={layout.plot.left} y={layout.height - 2}>{axisLabel}</AxisCaption>
        </g>
      }
      ring={(i) => {
        const b = bars[i];
        return b && <rect x={b.x - 2} y={b.y - 3} width={b.width + 4} height={b.height + 6} rx={3} fill="none" />;
      }}
      tooltip={(i) => {
        const b = bars[i];
        return b && { detail: { title: b.row.label, lines: b.row.details }, x: b.x + Math.min(b.width, 120), y: b.y + b.height - 4 };
      }}
    >
      {(tabStop) => bars.map((b, i) => <BarMark key={b.row.id} bar={b} index={i} uid={uid} fillOf={fillOf} isCompact={layout.isCompact} labelRoom={labelRoom} isTabStop={i === tabStop} />)}
    </MarkChart>
  );
}
