/**
 * Clusters over time, drawn with the chart kit: memoised marks (one per cluster, in date order
 * for the keyboard), the fitted trend lines, the frontier's step lines, a legend and the trend
 * sentences inside the SVG so images and embeds carry them. Hovering only re-renders the
 * tooltip and ring (kit/marks.tsx), never the ~800 marks.
 */
import { memo, useCallback, useMemo, type CSSProperties, type SVGAttributes } from 'react';
import { XYAxes } from '../../kit/axes.tsx';
import { useChartImage } from '../../kit/imageMode.tsx';
import { HIDDEN_ATTRS, KeptMarks, markAttributes, sameMarkPropsButHidden } from '../../kit/marks.tsx';
import { MarkChart } from '../../kit/MarkChart.tsx';
import { useChartUid } from '../../kit/uid.ts';
import type { DetailLine } from '../../kit/detail.ts';
import { frameClusters, layoutClusters, nearestMark, type ClustersLayoutInput, type FramedCluster, type PlacedCluster, type Shape } from './clusters.layout.ts';
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

type ShapeAttrs = Omit<SVGAttributes<SVGElement>, 'x' | 'y' | 'r' | 'd'> & { [data: `data-${string}`]: string | number };
const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * One element per shape; `attrs` carries the style (images) or the classes and mark attributes
 * (screen). A plain function, not a component: each of ~600 marks is then one component and one
 * element, and React renders one fiber fewer per mark on every filter.
 */
export function shapeElement(shape: Shape, x: number, y: number, r: number, attrs: ShapeAttrs) {
  if (shape === 'circle') return <circle cx={x} cy={y} r={r} {...attrs} />;
  if (shape === 'square') return <rect x={round2(x - r * 0.9)} y={round2(y - r * 0.9)} width={round2(r * 1.8)} height={round2(r * 1.8)} {...attrs} />;
  const s = r * 1.25;
  const [l, t, rt, b, tb] = [x - s, y - s, x + s, y + s, y + s * 0.8].map(round2) as [number, number, number, number, number];
  const d = shape === 'diamond' ? `M${x},${t}L${rt},${y}L${x},${b}L${l},${y}Z` : `M${x},${t}L${rt},${tb}L${l},${tb}Z`;
  return <path d={d} {...attrs} />;
}

const SECTOR_CLASS: Record<string, string> = { public: 'cl-pub', private: 'cl-pri', 'public-private': 'cl-mix' };

/**
 * The same look as `clusterStyle`, by class (src/index.css, "Clusters over time"): one short
 * class list per mark instead of an inline style, so 600 marks don't repeat it in the page.
 */
export function clusterClass(sector: string | undefined, certainty: Certainty, isHollow: boolean): string {
  // No sector: `.cl-m`'s muted colour alone.
  const sectorClass = SECTOR_CLASS[sector ?? ''];
  let c = sectorClass ? `cl-m ${sectorClass}` : 'cl-m';
  if (certainty !== 'confirmed') c += ` cl-${certainty}`;
  return isHollow ? `${c} cl-planned` : c;
}

export interface ClustersChartProps {
  input: ClustersLayoutInput;
  width: number;
  formatX: (ms: number) => string;
  formatY: (v: number) => string;
  /** Spoken name and tooltip lines per mark, in the input's order. */
  labels: readonly string[];
  /** Tooltip lines of mark i (made when it is pointed at, not for every mark). */
  detailsOf: (i: number) => DetailLine[];
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  onSelect?: (id: string) => void;
}

/**
 * One element per cluster: the shape is the mark (kit `markAttributes`: focusable, named, one
 * tab stop per chart). Its hit area is the chart's nearest-mark lookup (`nearest` on MarkChart),
 * not a second invisible shape.
 */
const ClusterMark = memo(function ClusterMark({ p, isHidden, index, label, isTabStop }: { p: FramedCluster; isHidden: boolean; index: number; label: string; isTabStop: boolean }) {
  const { datum } = p;
  // An image keeps the drawing and its data hook, and carries its colours inline: a file has no stylesheet.
  if (useChartImage()) return isHidden ? null : shapeElement(p.shape, p.cx, p.cy, p.r, { 'data-mark': datum.id, style: clusterStyle(datum.sector, datum.certainty, p.isHollow) });
  const className = clusterClass(datum.sector, datum.certainty, p.isHollow);
  // A filtered-out mark stays mounted, out of sight: MarkChart hides and shows it after this
  // first drawing (`sameMarkPropsButHidden`), where mounting hundreds of marks took a filter's time.
  const attrs = markAttributes({ index, label, isTabStop, className, hasOwnStyle: true, data: { 'data-mark': datum.id } }, false);
  return shapeElement(p.shape, p.cx, p.cy, p.r, isHidden ? { ...attrs, ...HIDDEN_ATTRS } : attrs);
}, sameMarkPropsButHidden);

/**
 * The post's and the pinned systems' names, over the marks; the pointer goes through them to the
 * marks. Given only the marks that have a name placed (a dozen, not the thousand marks).
 */
const MarkLabels = memo(function MarkLabels({ points }: { points: readonly PlacedCluster[] }) {
  return (
    <g aria-hidden="true" pointerEvents="none" style={{ fill: 'var(--c-text)', fontWeight: 600, stroke: 'var(--c-surface)', strokeWidth: 3, paintOrder: 'stroke', strokeLinejoin: 'round' }}>
      {points.map((p) => p.label && <text key={p.datum.id} x={round2(p.label.x0)} y={round2(p.label.y1 - 2)}>{p.datum.name}</text>)}
    </g>
  );
});

/** A legend swatch by key: a sector (`sector:public`), a certainty (`cert:likely`), `planned`, `trend`, `frontier:<sector>`. */
function LegendSwatch({ k, x, y }: { k: string; x: number; y: number }) {
  const [kind, value] = k.split(':') as [string, string | undefined];
  const cx = x + 5;
  const cy = y - 4;
  if (kind === 'sector') return shapeElement(value === 'public' ? 'circle' : value === 'private' ? 'square' : value === 'public-private' ? 'diamond' : 'triangle', cx, cy, 4.5, { style: clusterStyle(value === 'none' ? undefined : value, 'confirmed', false) });
  if (kind === 'cert') return <circle cx={cx} cy={cy} r={4.5} style={clusterStyle(undefined, value as Certainty, false)} />;
  if (kind === 'planned') return <circle cx={cx} cy={cy} r={4.5} style={clusterStyle(undefined, 'confirmed', true)} />;
  if (kind === 'trend') return <line x1={x} x2={x + 10} y1={cy} y2={cy} style={{ stroke: 'var(--c-text)', strokeWidth: 1.5, strokeDasharray: '5 3' }} />;
  return <path d={`M${x},${cy + 3}H${x + 5}V${cy - 3}H${x + 10}`} style={{ fill: 'none', stroke: SECTOR_COLOUR[value ?? ''] ?? 'var(--c-text)', strokeWidth: 2 }} />;
}

export function ClustersChart({ input, width, formatX, formatY, labels, detailsOf, title, description, xLabel, yLabel, onSelect }: ClustersChartProps) {
  const uid = useChartUid();
  // The frame (axes, every mark's place) is kept while only the filters change: a filter then
  // re-places nothing, and each mark's props stay equal unless it is hidden or shown.
  const { frame, frameSteps, snapshot } = input;
  const framed = useMemo(() => frameClusters(frame, frameSteps, snapshot, width, formatY), [frame, frameSteps, snapshot, width, formatY]);
  const layout = useMemo(() => layoutClusters(input, width, formatY, undefined, framed), [input, width, formatY, framed]);
  const { plot, points } = layout;
  const select = useCallback((i: number) => onSelect?.(points[i]!.datum.id), [onSelect, points]);
  const nearest = useCallback((x: number, y: number) => nearestMark(points, x, y), [points]);
  const isHidden = useCallback((i: number) => points[i]?.isHidden ?? false, [points]);
  const named = useMemo(() => points.filter((p) => p.label), [points]);
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
      nearest={nearest}
      plot={plot}
      isHidden={isHidden}
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
      overlay={<MarkLabels points={named} />}
      front={
        <g aria-hidden="true">
          {/* An entry the filters show nothing of stays in its place, drawn off: a faint swatch, a muted struck-through name. */}
          {layout.legend.map((l) => (
            <g key={l.key} data-off={l.isOff ? '' : undefined}>
              {l.isOff ? (
                <g opacity={0.3}>
                  <LegendSwatch k={l.key} x={l.x} y={l.y + 12} />
                </g>
              ) : (
                <LegendSwatch k={l.key} x={l.x} y={l.y + 12} />
              )}
              <text x={l.x + 16} y={l.y + 12} fontSize={11} style={l.isOff ? { fill: 'var(--c-muted)', textDecoration: 'line-through' } : { fill: 'var(--c-text)' }}>
                {l.label}
              </text>
            </g>
          ))}
          {/* A sentence about what the filters hide stays in its place, muted. */}
          {layout.captions.map((c, i) => (
            <text key={i} x={c.x} y={c.y + 12} fontSize={11} data-off={c.isOff ? '' : undefined} style={{ fill: c.isOff ? 'var(--c-muted)' : 'var(--c-text)' }}>{c.text}</text>
          ))}
        </g>
      }
      ring={(i) => {
        const p = points[i];
        return p && <circle cx={p.cx} cy={p.cy} r={p.r + 4} fill="none" />;
      }}
      tooltip={(i) => {
        const p = points[i];
        return p && { detail: { title: p.datum.name, lines: detailsOf(i) }, x: p.cx, y: p.cy };
      }}
    >
      {(tabStop) => (
        // Each mark from the kept frame (the same object while only filters change) and its hidden
        // flag; drawn again only when the frame, the names or the tab stop change, never by a filter.
        <KeptMarks
          deps={[framed, labels]}
          tabStop={tabStop}
          draw={() => framed.points.map((p, i) => <ClusterMark key={p.datum.id} p={p} isHidden={points[i]!.isHidden} index={i} label={labels[i] ?? p.datum.name} isTabStop={i === tabStop} />)}
        />
      )}
    </MarkChart>
  );
}
