/**
 * Horizontal bar chart: maps a `BarLayout` to SVG with the chart kit. It takes rows and a
 * width and never fetches or reads the URL. Bars are memoised marks with plain props, so a
 * hover re-renders only the tooltip and a filter only the bars that moved.
 */
import { memo, useCallback, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { layoutBars, type BarRow, type PlacedBar } from './barChart.layout.ts';
import { markStyle } from '../kit/confidenceMarks.tsx';
import { AxisCaption, GridX } from '../kit/axes.tsx';
import { ChartSvg } from '../kit/ChartSvg.tsx';
import { ChartBox } from '../kit/imageMode.tsx';
import type { DetailLine } from '../kit/detail.ts';
import { ActiveRing, Mark, sameMarkProps, useMarks } from '../kit/marks.tsx';
import type { ScaleType } from '../kit/scales.ts';
import { ChartTooltip } from '../kit/Tooltip.tsx';
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
  isCompact: boolean;
  labelRoom: number;
  fill: CSSProperties;
}

const BarMark = memo(function BarMark({ bar: b, index, isCompact, labelRoom, fill }: BarMarkProps) {
  return (
    <Mark index={index} label={b.row.ariaLabel} data={{ 'data-bar': b.row.id }}>
      <rect x={b.x} y={b.y - 4} width={Math.max(b.width, 1)} height={b.height + 8} fill="transparent" />
      <text
        x={b.labelX}
        y={b.labelY}
        textAnchor={isCompact ? 'start' : 'end'}
        dx={isCompact ? 0 : -8}
        dominantBaseline="middle"
        style={{ fill: 'var(--c-text)', fontWeight: b.row.isHighlighted ? 700 : 500 }}
      >
        {fitLabel(b.row.label, labelRoom)}
        {/* Under the label; compact layouts reserve a second line above the bar for it too. */}
        {b.row.sublabel && (
          <tspan x={b.labelX} dx={isCompact ? 0 : -8} dy={14} style={{ fill: 'var(--c-muted)', fontWeight: 400 }} fontSize={11}>
            {fitLabel(b.row.sublabel, labelRoom)}
          </tspan>
        )}
      </text>
      <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={2} style={fill} />
      {b.highX !== undefined && (
        <line x1={b.x + b.width} x2={b.highX} y1={b.y + b.height / 2} y2={b.y + b.height / 2} className="range-whisker" style={{ stroke: 'var(--c-text)' }} strokeWidth={2} strokeDasharray="3 2" />
      )}
      <text
        x={b.valueX}
        y={b.valueY}
        dominantBaseline="middle"
        textAnchor={b.isValueInside ? 'end' : 'start'}
        style={{ fill: b.isValueInside ? 'var(--c-on-bar)' : 'var(--c-text)', fontVariantNumeric: 'tabular-nums' }}
      >
        {b.row.valueLabel}
      </text>
    </Mark>
  );
}, sameMarkProps);

export function BarChart({ rows, width, scale, formatTick, title, description, axisLabel, onSelect, fillOf = markStyle, defs }: BarChartProps) {
  const uid = useChartUid();
  const box = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => layoutBars(rows, width, scale), [rows, width, scale]);
  const { bars } = layout;
  const select = useCallback((i: number) => onSelect?.(bars[i]!.row.id), [onSelect, bars]);
  const { store, layerProps, clear } = useMarks(bars.length, onSelect ? select : undefined);
  // Labels end 8 px left of the bars, or sit above them (compact) across the whole width.
  const labelRoom = layout.isCompact ? layout.width : (bars[0]?.labelX ?? 0) - 8;

  return (
    <ChartBox
      box={box}
      onLeave={clear}
      width={layout.width}
      height={layout.height}
      svg={
        <ChartSvg uid={uid} width={layout.width} height={layout.height} title={title} description={description}>
          {defs?.(uid)}
          <g aria-hidden="true">
            <GridX ticks={layout.ticks} plot={layout.plot} format={formatTick} />
            <AxisCaption x={layout.plot.left} y={layout.height - 2}>{axisLabel}</AxisCaption>
          </g>
          <g {...layerProps}>
            {bars.map((b, i) => (
              <BarMark key={b.row.id} bar={b} index={i} isCompact={layout.isCompact} labelRoom={labelRoom} fill={fillOf(uid, b.row)} />
            ))}
          </g>
          <ActiveRing
            store={store}
            draw={(i) => {
              const b = bars[i];
              return b && <rect x={b.x - 2} y={b.y - 3} width={b.width + 4} height={b.height + 6} rx={3} fill="none" />;
            }}
          />
        </ChartSvg>
      }
    >
      <ChartTooltip
        store={store}
        container={box}
        at={(i) => {
          const b = bars[i];
          return b && { detail: { title: b.row.label, lines: b.row.details }, x: b.x + Math.min(b.width, 120), y: b.y + b.height - 4 };
        }}
      />
    </ChartBox>
  );
}
