/**
 * Log-log scatter plot: maps a `ScatterLayout` to SVG. Takes data and a width; never fetches or
 * reads the URL. Points are focusable graphics symbols with a tooltip on hover or focus
 * (Escape closes it, arrows move between points); confidence is drawn with the same patterns
 * as the bars. Also home to the small tooltip and arrow-key helpers the other point charts use.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { BarDetail } from './BarChart.tsx';
import { ConfidencePatterns, markStyle } from './confidenceMarks.tsx';
import { layoutScatter, type ScatterDatum, type TickFormats } from './scatter.layout.ts';

export function MarkTooltip({ title, details, x, y, chartWidth }: { title: string; details: readonly BarDetail[]; x: number; y: number; chartWidth: number }) {
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-10 w-64 max-w-[calc(100%-8px)] rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] p-2 text-xs shadow-lg"
      style={{ top: y + 12, left: Math.max(0, Math.min(x - 40, chartWidth - 264)) }}
    >
      <p className="mb-1 font-semibold">{title}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
        {details.map((d) => (
          <div key={d.label} className="contents">
            <dt className="text-[var(--c-muted)]">{d.label}</dt>
            <dd>{d.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * Arrow keys / Home / End move focus among the marks of one chart (found by `data-mark`);
 * Escape hides the tooltip; Enter or Space runs `onEnter`.
 */
export function handleMarkKey(e: KeyboardEvent<Element>, i: number, count: number, close: () => void, onEnter?: () => void): void {
  const root = (e.currentTarget as SVGElement).ownerSVGElement;
  const focus = (j: number) => root?.querySelectorAll<SVGGElement>('[data-mark]')[j]?.focus();
  if (e.key === 'Escape') close();
  else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') focus(Math.min(count - 1, i + 1));
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') focus(Math.max(0, i - 1));
  else if (e.key === 'Home') focus(0);
  else if (e.key === 'End') focus(count - 1);
  else if ((e.key === 'Enter' || e.key === ' ') && onEnter) onEnter();
  else return;
  e.preventDefault();
}

/** The bars' confidence marks on a dot; a solid dot gets a surface-coloured rim so neighbours stay apart. */
export function pointStyle(uid: string, mark: Parameters<typeof markStyle>[1]) {
  const style = markStyle(uid, mark);
  return style.stroke ? style : { ...style, stroke: 'var(--c-surface)', strokeWidth: 1 };
}

export interface ScatterChartProps {
  data: readonly ScatterDatum[];
  width: number;
  formats: TickFormats;
  /** Accessible name and generated description of the whole chart. */
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  onSelect?: (id: string) => void;
}

export function ScatterChart({ data, width, formats, title, description, xLabel, yLabel, onSelect }: ScatterChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const layout = useMemo(() => layoutScatter(data, width, formats), [data, width, formats]);
  const [active, setActive] = useState<number | null>(null);
  const activePoint = active === null ? undefined : layout.points[active];
  const { plot } = layout;

  return (
    <div className="relative" onMouseLeave={() => setActive(null)}>
      <svg
        role="graphics-document"
        aria-roledescription="chart"
        aria-labelledby={`${uid}-t`}
        aria-describedby={`${uid}-d`}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="block max-w-full overflow-visible font-sans text-[12px]"
      >
        <title id={`${uid}-t`}>{title}</title>
        <desc id={`${uid}-d`}>{description}</desc>
        <ConfidencePatterns uid={uid} />
        <g aria-hidden="true">
          {layout.xTicks.map((t) => (
            <g key={`x${t.value}`}>
              <line x1={t.x} x2={t.x} y1={plot.top} y2={plot.bottom} style={{ stroke: 'var(--c-grid)' }} />
              <text x={t.x} y={plot.bottom + 15} textAnchor="middle" style={{ fill: 'var(--c-muted)' }}>{formats.x(t.value)}</text>
            </g>
          ))}
          {layout.yTicks.map((t) => (
            <g key={`y${t.value}`}>
              <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} style={{ stroke: 'var(--c-grid)' }} />
              <text x={plot.left - 6} y={t.y} textAnchor="end" dominantBaseline="middle" style={{ fill: 'var(--c-muted)' }}>{formats.y(t.value)}</text>
            </g>
          ))}
          <text x={plot.right} y={layout.height - 4} textAnchor="end" fontSize={11} style={{ fill: 'var(--c-muted)' }}>{xLabel} →</text>
          <text x={4} y={12} fontSize={11} style={{ fill: 'var(--c-muted)' }}>↑ {yLabel}</text>
        </g>
        {layout.points.map((p, i) => (
          <g
            key={p.datum.id}
            data-mark={p.datum.id}
            role="graphics-symbol"
            aria-label={p.datum.ariaLabel}
            tabIndex={0}
            className="bar-mark cursor-pointer outline-none"
            onMouseEnter={() => setActive(i)}
            onFocus={() => setActive(i)}
            onBlur={() => setActive((a) => (a === i ? null : a))}
            onClick={() => (onSelect ? onSelect(p.datum.id) : setActive(i))}
            onKeyDown={(e) => handleMarkKey(e, i, layout.points.length, () => setActive(null), onSelect && (() => onSelect(p.datum.id)))}
          >
            <circle cx={p.cx} cy={p.cy} r={p.r + 6} fill="transparent" />
            <circle cx={p.cx} cy={p.cy} r={p.r} style={pointStyle(uid, p.datum)} />
            {p.label && (
              <text x={p.label.x0} y={p.label.y1 - 2} style={{ fill: 'var(--c-text)', fontWeight: p.datum.isHighlighted ? 700 : 500 }}>
                {p.datum.label}
              </text>
            )}
            {active === i && <circle cx={p.cx} cy={p.cy} r={p.r + 3} fill="none" className="focus-ring" />}
          </g>
        ))}
      </svg>
      {activePoint && (
        <MarkTooltip title={activePoint.datum.label} details={activePoint.datum.details} x={activePoint.cx} y={activePoint.cy} chartWidth={layout.width} />
      )}
    </div>
  );
}
