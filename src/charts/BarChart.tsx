/**
 * Horizontal bar chart: maps a `BarLayout` to SVG. It takes rows and a width and never fetches
 * or reads the URL. Marks are focusable graphics symbols (role="img" on the <svg> would make
 * them presentational and unreachable); hovering or focusing one shows its details.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { layoutBars, type BarRow, type ScaleType } from './barChart.layout.ts';
import { ChartSvg, handleMarkKey, MarkTooltip } from './chartParts.tsx';
import { markStyle } from './confidenceMarks.tsx';

export interface BarDetail {
  label: string;
  value: string;
}
export interface DetailedBarRow extends BarRow {
  /** Lines for the tooltip: value with unit, as-of date, source, confidence, note. */
  details: BarDetail[];
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

export function BarChart({ rows, width, scale, formatTick, title, description, axisLabel, onSelect }: BarChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const layout = useMemo(() => layoutBars(rows, width, scale), [rows, width, scale]);
  const [active, setActive] = useState<number | null>(null);
  const activeBar = active === null ? undefined : layout.bars[active];
  // Labels end 8 px left of the bars, or sit above them (compact) across the whole width.
  const labelRoom = layout.isCompact ? layout.width : (layout.bars[0]?.labelX ?? 0) - 8;

  const onKey = (e: KeyboardEvent<SVGGElement>, i: number) =>
    handleMarkKey(e, i, layout.bars.length, () => setActive(null), onSelect ? () => onSelect(layout.bars[i]!.row.id) : undefined);


  return (
    <div className="relative" onMouseLeave={() => setActive(null)}>
      <ChartSvg uid={uid} width={layout.width} height={layout.height} title={title} description={description}>
        <g aria-hidden="true">
          {layout.ticks.map((t) => (
            <g key={t.value}>
              <line x1={t.x} x2={t.x} y1={layout.plot.top} y2={layout.plot.bottom} style={{ stroke: 'var(--c-grid)' }} />
              <text x={t.x} y={layout.plot.bottom + 14} textAnchor="middle" style={{ fill: 'var(--c-muted)' }}>
                {formatTick(t.value)}
              </text>
            </g>
          ))}
          <text x={layout.plot.left} y={layout.height - 2} textAnchor="start" style={{ fill: 'var(--c-muted)' }} fontSize={11}>
            {axisLabel}
          </text>
        </g>
        {layout.bars.map((b, i) => (
          <g
            key={b.row.id}
            data-bar={b.row.id}
            data-mark=""
            role="graphics-symbol"
            aria-label={b.row.ariaLabel}
            tabIndex={0}
            className="bar-mark cursor-pointer outline-none"
            onMouseEnter={() => setActive(i)}
            onFocus={() => setActive(i)}
            onBlur={() => setActive((a) => (a === i ? null : a))}
            onClick={() => (onSelect ? onSelect(b.row.id) : setActive(i))}
            onKeyDown={(e) => onKey(e, i)}
          >
            <rect
              x={b.x}
              y={b.y - 4}
              width={Math.max(b.width, 1)}
              height={b.height + 8}
              fill="transparent"
            />
            <text
              x={b.labelX}
              y={b.labelY}
              textAnchor={layout.isCompact ? 'start' : 'end'}
              dx={layout.isCompact ? 0 : -8}
              dominantBaseline="middle"
              style={{ fill: 'var(--c-text)', fontWeight: b.row.isHighlighted ? 700 : 500 }}
            >
              {fitLabel(b.row.label, labelRoom)}
              {/* Under the label; compact layouts reserve a second line above the bar for it too. */}
              {b.row.sublabel && (
                <tspan x={b.labelX} dx={layout.isCompact ? 0 : -8} dy={14} style={{ fill: 'var(--c-muted)', fontWeight: 400 }} fontSize={11}>
                  {fitLabel(b.row.sublabel, labelRoom)}
                </tspan>
              )}
            </text>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={2} style={markStyle(uid, b.row)} />
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
            {active === i && (
              <rect x={b.x - 2} y={b.y - 3} width={b.width + 4} height={b.height + 6} rx={3} fill="none" className="focus-ring" />
            )}
          </g>
        ))}
      </ChartSvg>
      {activeBar && (
        <MarkTooltip
          title={activeBar.row.label}
          details={activeBar.row.details}
          x={activeBar.x + Math.min(activeBar.width, 120)}
          y={activeBar.y + activeBar.height - 4}
          chartWidth={layout.width}
        />
      )}
    </div>
  );
}
