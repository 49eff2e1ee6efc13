/**
 * Log-log scatter plot: maps a `ScatterLayout` to SVG. Takes data and a width; never fetches or
 * reads the URL. Points are focusable graphics symbols with a tooltip on hover or focus
 * (Escape closes it, arrows move between points); confidence is drawn with the same patterns
 * as the bars.
 */
import { useId, useMemo, useState } from 'react';
import { ChartSvg, handleMarkKey, MarkTooltip, pointStyle } from './chartParts.tsx';
import { layoutScatter, type ScatterDatum, type TickFormats } from './scatter.layout.ts';

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
      <ChartSvg uid={uid} width={layout.width} height={layout.height} title={title} description={description}>
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
      </ChartSvg>
      {activePoint && (
        <MarkTooltip title={activePoint.datum.label} details={activePoint.datum.details} x={activePoint.cx} y={activePoint.cy} chartWidth={layout.width} />
      )}
    </div>
  );
}
