/**
 * TOP500 rank over list editions (a slope chart): maps a `RankLayout` to SVG with the chart
 * kit. Rank 1 is at the top. Highlighted systems get a thick line, their rank beside every
 * point and an end label; a segment to a figure that is not official is dashed, and the point
 * keeps its confidence pattern. Every point is a mark; Enter or a click picks its edition.
 */
import { memo, useCallback, useMemo } from 'react';
import { pointStyle } from '../kit/confidenceMarks.tsx';
import { AxisCaption, GridY } from '../kit/axes.tsx';
import { Mark, sameMarkProps } from '../kit/marks.tsx';
import { MarkChart } from '../kit/MarkChart.tsx';
import { useChartUid } from '../kit/uid.ts';
import { LABEL_LINE, layoutRanks, type PlacedRankPoint, type RankSeries } from './top500.layout.ts';

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

const RankMark = memo(function RankMark({ pt, index, uid, rankLabel, isTabStop }: { pt: PlacedRankPoint; index: number; uid: string; rankLabel: string; isTabStop: boolean }) {
  return (
    <Mark index={index} label={pt.point.ariaLabel} isTabStop={isTabStop} data={{ 'data-mark': pt.point.id }}>
      <circle cx={pt.x} cy={pt.y} r={12} fill="transparent" />
      <circle cx={pt.x} cy={pt.y} r={pt.series.isHighlighted ? 6 : 4} style={pointStyle(uid, { confidence: pt.point.confidence, isHighlighted: pt.series.isHighlighted })} />
      {pt.series.isHighlighted && (
        <text x={pt.x} y={pt.y - 10} textAnchor="middle" aria-hidden="true" fontWeight={600} style={{ fill: 'var(--c-text)', paintOrder: 'stroke', stroke: 'var(--c-surface)', strokeWidth: 3 }}>
          {rankLabel}
        </text>
      )}
    </Mark>
  );
}, sameMarkProps);

export function Top500Chart(p: Top500ChartProps) {
  const uid = useChartUid();
  const layout = useMemo(() => layoutRanks(p.series, p.editions, p.width), [p.series, p.editions, p.width]);
  const { plot, points } = layout;
  const { onSelectEdition } = p;
  const select = useCallback((i: number) => onSelectEdition?.(points[i]!.point.edition), [onSelectEdition, points]);
  const step = layout.editions.length > 1 ? layout.editions[1]!.x - layout.editions[0]!.x : plot.right - plot.left;
  const selectedX = layout.editions.find((e) => e.edition === p.selectedEdition)?.x;

  return (
    <MarkChart
      uid={uid}
      width={layout.width}
      height={layout.height}
      title={p.title}
      description={p.description}
      count={points.length}
      onActivate={onSelectEdition ? select : undefined}
      backdrop={
        <g aria-hidden="true">
          {selectedX !== undefined && (
            <rect x={selectedX - step / 2 + 2} y={plot.top - 12} width={step - 4} height={plot.bottom - plot.top + 44} rx={4} style={{ fill: 'var(--c-grid)', opacity: 0.45 }} />
          )}
          <GridY ticks={layout.rankTicks} plot={plot} format={p.formatRank} />
          {layout.editions.map((e) => {
            const [month, ...year] = p.formatEdition(e.edition).split(/\s|\u00a0/);
            return (
              <text key={e.edition} x={e.x} y={plot.bottom + 16} textAnchor="middle" style={{ fill: 'var(--c-text)', fontWeight: e.x === selectedX ? 700 : 400 }}>
                {month}
                <tspan x={e.x} dy={13} style={{ fill: 'var(--c-muted)' }}>{year.join(' ')}</tspan>
              </text>
            );
          })}
          <AxisCaption x={4} y={10}>{p.axisLabel}</AxisCaption>
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
      }
      ring={(i) => {
        const pt = points[i];
        return pt && <circle cx={pt.x} cy={pt.y} r={9} fill="none" />;
      }}
      tooltip={(i) => {
        const pt = points[i];
        return pt && { detail: { title: pt.series.label, lines: pt.point.details }, x: pt.x, y: pt.y };
      }}
    >
      {(tabStop) => points.map((pt, i) => <RankMark key={pt.point.id} pt={pt} index={i} uid={uid} rankLabel={p.formatRank(pt.point.rank)} isTabStop={i === tabStop} />)}
    </MarkChart>
  );
}
