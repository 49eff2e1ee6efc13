/**
 * TOP500 rank over list editions (a slope chart): maps a `RankLayout` to SVG. Rank 1 is at the
 * top. Highlighted systems get a thick line, their rank beside every point and an end label;
 * a segment to a figure that is not official is dashed, and the point keeps its confidence
 * pattern. Every point is a focusable mark; Enter or a click picks its edition.
 */
import { useId, useMemo, useState } from 'react';
import { ChartSvg, handleMarkKey, MarkTooltip, pointStyle } from './chartParts.tsx';
import { LABEL_LINE, layoutRanks, type RankSeries } from './top500.layout.ts';

export interface Top500ChartProps {
  series: readonly RankSeries[];
  editions: readonly string[];
  width: number;
  title: string;
  description: string;
  /** The edition shown elsewhere (shaded column). */
  selectedEdition?: string | null;
  formatEdition: (edition: string) => string;
  formatRank: (rank: number) => string;
  axisLabel: string;
  onSelectEdition?: (edition: string) => void;
}

export function Top500Chart(p: Top500ChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const layout = useMemo(() => layoutRanks(p.series, p.editions, p.width), [p.series, p.editions, p.width]);
  const [active, setActive] = useState<number | null>(null);
  const activePoint = active === null ? undefined : layout.points[active];
  const { plot } = layout;
  const step = layout.editions.length > 1 ? layout.editions[1]!.x - layout.editions[0]!.x : plot.right - plot.left;
  const selectedX = layout.editions.find((e) => e.edition === p.selectedEdition)?.x;

  return (
    <div className="relative" onMouseLeave={() => setActive(null)}>
      <ChartSvg uid={uid} width={layout.width} height={layout.height} title={p.title} description={p.description}>
        <g aria-hidden="true">
          {selectedX !== undefined && (
            <rect x={selectedX - step / 2 + 2} y={plot.top - 12} width={step - 4} height={plot.bottom - plot.top + 44} rx={4} style={{ fill: 'var(--c-grid)', opacity: 0.45 }} />
          )}
          {layout.rankTicks.map((t) => (
            <g key={t.rank}>
              <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} style={{ stroke: 'var(--c-grid)' }} />
              <text x={plot.left - 6} y={t.y} textAnchor="end" dominantBaseline="middle" style={{ fill: 'var(--c-muted)' }}>{p.formatRank(t.rank)}</text>
            </g>
          ))}
          {layout.editions.map((e) => {
            const [month, ...year] = p.formatEdition(e.edition).split(/\s|\u00a0/);
            return (
              <text key={e.edition} x={e.x} y={plot.bottom + 16} textAnchor="middle" style={{ fill: 'var(--c-text)', fontWeight: e.x === selectedX ? 700 : 400 }}>
                {month}
                <tspan x={e.x} dy={13} style={{ fill: 'var(--c-muted)' }}>{year.join(' ')}</tspan>
              </text>
            );
          })}
          <text x={4} y={10} fontSize={11} style={{ fill: 'var(--c-muted)' }}>{p.axisLabel}</text>
          {layout.segments.map((s) => (
            <line
              key={`${s.seriesId}${s.x1}`}
              x1={s.x1}
              y1={s.y1}
              x2={s.x2}
              y2={s.y2}
              strokeWidth={s.isHighlighted ? 3 : 1.5}
              strokeDasharray={s.isDashed ? '5 4' : undefined}
              style={{ stroke: s.isHighlighted ? 'var(--c-accent)' : 'var(--c-muted)', opacity: s.isHighlighted ? 1 : 0.6 }}
            />
          ))}
          {layout.labels.map((l) => (
            <text key={l.seriesId} x={l.x} y={l.y} style={{ fill: 'var(--c-text)', fontWeight: 700 }}>
              {l.lines.map((line, i) => (
                <tspan key={line} x={l.x} dy={i === 0 ? LABEL_LINE - 3 : LABEL_LINE}>{line}</tspan>
              ))}
            </text>
          ))}
        </g>
        {layout.points.map((pt, i) => (
          <g
            key={pt.point.id}
            data-mark={pt.point.id}
            role="graphics-symbol"
            aria-label={pt.point.ariaLabel}
            tabIndex={0}
            className="bar-mark cursor-pointer outline-none"
            onMouseEnter={() => setActive(i)}
            onFocus={() => setActive(i)}
            onBlur={() => setActive((a) => (a === i ? null : a))}
            onClick={() => (p.onSelectEdition ? p.onSelectEdition(pt.point.edition) : setActive(i))}
            onKeyDown={(e) => handleMarkKey(e, i, layout.points.length, () => setActive(null), p.onSelectEdition && (() => p.onSelectEdition!(pt.point.edition)))}
          >
            <circle cx={pt.x} cy={pt.y} r={12} fill="transparent" />
            <circle cx={pt.x} cy={pt.y} r={pt.series.isHighlighted ? 6 : 4} style={pointStyle(uid, { confidence: pt.point.confidence, isHighlighted: pt.series.isHighlighted })} />
            {pt.series.isHighlighted && (
              <text x={pt.x} y={pt.y - 10} textAnchor="middle" aria-hidden="true" className="font-semibold" style={{ fill: 'var(--c-text)', paintOrder: 'stroke', stroke: 'var(--c-surface)', strokeWidth: 3 }}>
                {p.formatRank(pt.point.rank)}
              </text>
            )}
            {active === i && <circle cx={pt.x} cy={pt.y} r={9} fill="none" className="focus-ring" />}
          </g>
        ))}
      </ChartSvg>
      {activePoint && (
        <MarkTooltip title={activePoint.series.label} details={activePoint.point.details} x={activePoint.x} y={activePoint.y} chartWidth={layout.width} />
      )}
    </div>
  );
}
