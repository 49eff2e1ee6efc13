/**
 * Clusters over time, drawn with the chart kit: memoised marks (one per cluster, in date order
 * for the keyboard), the fitted trend lines, the frontier's step lines, a legend and the trend
 * sentences inside the SVG so images and embeds carry them. Hovering only re-renders the
 * tooltip and ring (kit/marks.tsx), never the ~800 marks.
 */
import { memo, useCallback, useMemo, type CSSProperties } from 'react';
import { XYAxes } from '../../kit/axes.tsx';
import { Mark, sameMarkProps } from '../../kit/marks.tsx';
import { MarkChart } from '../../kit/MarkChart.tsx';
import { useChartUid } from '../../kit/uid.ts';
import type { DetailLine } from '../../kit/detail.ts';
import { layoutClusters, type ClustersLayoutInput, type PlacedCluster, type Shape } from './clusters.layout.ts';
import type { Certainty } from './clusters.series.ts';

export const SECTOR_COLOUR: Record<string, string> = {
  public: 'var(--c-sector-public)',
  private: 'var(--c-sector-private)',
  'public-private': 'var(--c-sector-mixed)',
};
const colourOf = (sector: string | undefined) => SECTOR_COLOUR[sector ?? ''] ?? 'var(--c-muted)';

/** Certainty drawn, not hidden: solid when confirmed, faint when likely, a dashed outline when unlikely; planned hollow. */
export function clusterStyle(sector: string | undefined, certainty: Certainty, isHollow: boolean): CSSProperties {
  const colour = colourOf(sector);
  const dash = certainty === 'unlikely' ? { strokeDasharray: '2 1.5' } : {};
  if (isHollow) return { fill: 'var(--c-surface)', stroke: colour, strokeWidth: 1.5, ...dash };
  if (certainty === 'confirmed') return { fill: colour, stroke: 'var(--c-surface)', strokeWidth: 0.75 };
  if (certainty === 'likely') return { fill: colour, fillOpacity: 0.45, stroke: colour, strokeWidth: 1 };
  return { fill: colour, fillOpacity: 0.12, stroke: colour, strokeWidth: 1.25, ...dash };
}

export function ShapePath({ shape, x, y, r, style }: { shape: Shape; x: number; y: number; r: number; style: CSSProperties }) {
  if (shape === 'circle') return <circle cx={x} cy={y} r={r} style={style} />;
  if (shape === 'square') return <rect x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} style={style} />;
  const s = r * 1.25;
  const d = shape === 'diamond' ? `M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}Z` : `M${x},${y - s}L${x + s},${y + s * 0.8}L${x - s},${y + s * 0.8}Z`;
  return <path d={d} style={style} />;
}

export interface ClustersChartProps {
  input: ClustersLayoutInput;
  width: number;
  formatX: (ms: number) => string;
  formatY: (v: number) => string;
  /** Spoken name and tooltip lines per mark, in the input's order. */
  labels: readonly string[];
  details: readonly DetailLine[][];
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  onSelect?: (id: string) => void;
}

const ClusterMark = memo(function ClusterMark({ p, index, label }: { p: PlacedCluster; index: number; label: string }) {
  return (
    <Mark index={index} label={label} data={{ 'data-mark': p.datum.id, 'data-status': p.datum.status }}>
      <circle cx={p.cx} cy={p.cy} r={p.r + 3} fill="transparent" />
      <ShapePath shape={p.shape} x={p.cx} y={p.cy} r={p.r} style={clusterStyle(p.datum.sector, p.datum.certainty, p.isHollow)} />
      {p.label && (
        <text x={p.label.x0} y={p.label.y1 - 2} style={{ fill: 'var(--c-text)', fontWeight: 600, stroke: 'var(--c-surface)', strokeWidth: 3, paintOrder: 'stroke', strokeLinejoin: 'round' }}>
          {p.datum.name}
        </text>
      )}
    </Mark>
  );
}, sameMarkProps);

/** A legend swatch by key: a sector (`sector:public`), a certainty (`cert:likely`), `planned`, `trend`, `frontier:<sector>`. */
function LegendSwatch({ k, x, y }: { k: string; x: number; y: number }) {
  const [kind, value] = k.split(':') as [string, string | undefined];
  const cx = x + 5;
  const cy = y - 4;
  if (kind === 'sector') return <ShapePath shape={value === 'public' ? 'circle' : value === 'private' ? 'square' : value === 'public-private' ? 'diamond' : 'triangle'} x={cx} y={cy} r={4.5} style={clusterStyle(value === 'none' ? undefined : value, 'confirmed', false)} />;
  if (kind === 'cert') return <circle cx={cx} cy={cy} r={4.5} style={clusterStyle(undefined, value as Certainty, false)} />;
  if (kind === 'planned') return <circle cx={cx} cy={cy} r={4.5} style={clusterStyle(undefined, 'confirmed', true)} />;
  if (kind === 'trend') return <line x1={x} x2={x + 10} y1={cy} y2={cy} style={{ stroke: 'var(--c-text)', strokeWidth: 1.5, strokeDasharray: '5 3' }} />;
  return <path d={`M${x},${cy + 3}H${x + 5}V${cy - 3}H${x + 10}`} style={{ fill: 'none', stroke: SECTOR_COLOUR[value ?? ''] ?? 'var(--c-text)', strokeWidth: 2 }} />;
}

export function ClustersChart({ input, width, formatX, formatY, labels, details, title, description, xLabel, yLabel, onSelect }: ClustersChartProps) {
  const uid = useChartUid();
  const layout = useMemo(() => layoutClusters(input, width, formatY), [input, width, formatY]);
  const { plot, points } = layout;
  const select = useCallback((i: number) => onSelect?.(points[i]!.datum.id), [onSelect, points]);
  const plotHeight = plot.bottom + 40;

  return (
    <MarkChart
      uid={uid}
      width={layout.width}
      height={layout.height}
      title={title}
      description={description}
      count={points.length}
      onActivate={onSelect ? select : undefined}
      backdrop={
        <g aria-hidden="true">
          <XYAxes xTicks={layout.xTicks} yTicks={layout.yTicks} plot={plot} formatX={formatX} formatY={formatY} xLabel={xLabel} yLabel={yLabel} xCaptionY={plotHeight - 4} />
          {layout.frontiers.map((f) => (
            <path key={f.sector} data-frontier={f.sector} d={f.d} style={{ fill: 'none', stroke: SECTOR_COLOUR[f.sector], strokeWidth: 2, strokeOpacity: 0.85 }} />
          ))}
          {layout.trends.map((t) => (
            <line key={t.sector} data-trend={t.sector} x1={t.x1} y1={t.y1} x2={t.x2} y2={t.y2} style={{ stroke: SECTOR_COLOUR[t.sector], strokeWidth: 1.5, strokeDasharray: '6 4' }} />
          ))}
        </g>
      }
      front={
        <g aria-hidden="true">
          {layout.legend.map((l) => (
            <g key={l.key}>
              <LegendSwatch k={l.key} x={l.x} y={l.y + 12} />
              <text x={l.x + 16} y={l.y + 12} fontSize={11} style={{ fill: 'var(--c-text)' }}>{l.label}</text>
            </g>
          ))}
          {layout.captions.map((c, i) => (
            <text key={i} x={c.x} y={c.y + 12} fontSize={11} style={{ fill: 'var(--c-text)' }}>{c.text}</text>
          ))}
        </g>
      }
      ring={(i) => {
        const p = points[i];
        return p && <circle cx={p.cx} cy={p.cy} r={p.r + 4} fill="none" />;
      }}
      tooltip={(i) => {
        const p = points[i];
        return p && { detail: { title: p.datum.name, lines: details[i] ?? [] }, x: p.cx, y: p.cy };
      }}
    >
      {points.map((p, i) => (
        <ClusterMark key={p.datum.id} p={p} index={i} label={labels[i] ?? p.datum.name} />
      ))}
    </MarkChart>
  );
}
