/**
 * Scatter over time: maps a `TimeScatterLayout` to SVG with the chart kit. Takes data and a
 * width; never fetches or reads the URL. Marks are memoised kit marks (focus, hover, tap,
 * keys, one tab stop, tooltip from kit/marks.tsx), so hovering one of ~900 re-renders the ring and the
 * tooltip, not the marks. Category is colour and shape; confidence is how solid a mark is
 * (see `timeMarkStyle`); hollow means planned.
 *
 * A filter keeps the frame: `data` is every mark the chart can show (axes, places and labels
 * come from it) and `hidden` names the ones the filter leaves out. They stay mounted, out of
 * sight (the kit's `isHidden`), so a filter re-renders no mark and moves none; only the lines,
 * fitted to what is shown, are placed again.
 */
import { memo, useCallback, useMemo, type CSSProperties } from 'react';
import { XYAxes } from '../kit/axes.tsx';
import { useChartImage } from '../kit/imageMode.tsx';
import { HIDDEN_ATTRS, INDEX_ATTR, KeptMarks, markAttributes, sameMarkPropsButHidden } from '../kit/marks.tsx';
import { MarkChart } from '../kit/MarkChart.tsx';
import { useChartUid } from '../kit/uid.ts';
import { layoutTimeFrame, placeTimeKey, placeTimeLines, type MarkShape, type PlacedTimeMark, type TimeKeyEntry, type TimeLineSeries, type TimeMarkDatum, type TimeScatterFormats } from './timeScatter.layout.ts';

export interface TimeScatterChartProps {
  /** Every mark the chart can show: the frame (axes, places, labels). */
  data: readonly TimeMarkDatum[];
  /** Ids of marks a filter leaves out: kept in place, out of sight, skipped by the keys. */
  hidden?: ReadonlySet<string> | undefined;
  lines?: readonly TimeLineSeries[];
  /** Drawn above the plot, inside the SVG, so a downloaded image explains itself. */
  keyEntries?: readonly TimeKeyEntry[];
  width: number;
  formats: TimeScatterFormats;
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  onSelect?: (id: string) => void;
}

export const catColour = (n: number) => `var(--c-cat-${n})`;

/**
 * Confidence without the bars' patterns (a pattern cannot carry a category colour): official
 * and reported are solid, an estimate is a pale fill with a solid rim, a claim is a dashed
 * outline. Hollow (planned) is an outline on the surface colour.
 */
export function timeMarkStyle(d: Pick<TimeMarkDatum, 'colour' | 'confidence' | 'isHollow' | 'isHighlighted'>): CSSProperties {
  const c = catColour(d.colour);
  const rim = d.isHighlighted ? { stroke: 'var(--c-text)', strokeWidth: 2 } : {};
  if (d.isHollow) return { fill: 'var(--c-surface)', stroke: c, strokeWidth: 1.5, ...rim };
  switch (d.confidence) {
    case 'official':
    case 'reported':
      return { fill: c, stroke: 'var(--c-surface)', strokeWidth: 0.75, ...rim };
    case 'estimate':
      return { fill: c, fillOpacity: 0.4, stroke: c, strokeWidth: 1.25, ...rim };
    case 'claim':
      return { fill: 'none', stroke: c, strokeWidth: 1.5, strokeDasharray: '2 2', ...rim };
  }
}

/** A shape of "radius" r centred on (x, y), as a path; areas roughly equal across shapes. */
export function shapePath(shape: MarkShape, x: number, y: number, r: number): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${f(2 * r)},0a${r},${r} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${f(x - s)},${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
    }
    case 'triangle': {
      const s = r * 1.25;
      return `M${f(x)},${f(y - s)}L${f(x + s * 0.87)},${f(y + s * 0.5)}L${f(x - s * 0.87)},${f(y + s * 0.5)}Z`;
    }
    case 'diamond': {
      const s = r * 1.25;
      return `M${f(x)},${f(y - s)}L${f(x + s)},${f(y)}L${f(x)},${f(y + s)}L${f(x - s)},${f(y)}Z`;
    }
    case 'cross': {
      const a = r * 1.1;
      const b = a / 2.6;
      return `M${f(x - b)},${f(y - a)}h${f(2 * b)}v${f(a - b)}h${f(a - b)}v${f(2 * b)}h${f(b - a)}v${f(a - b)}h${f(-2 * b)}v${f(b - a)}h${f(b - a)}v${f(-2 * b)}h${f(a - b)}Z`;
    }
  }
}

// Stable defaults, so the layout's memo is not broken by a new [] each render.
const NO_LINES: readonly TimeLineSeries[] = [];
const NO_KEY: readonly TimeKeyEntry[] = [];

const TimeMark = memo(function TimeMark({ mark: p, index, isTabStop, isHidden }: { mark: PlacedTimeMark; index: number; isTabStop: boolean; isHidden: boolean }) {
  const isImage = useChartImage() !== null;
  // An image draws what is shown; on screen a filtered-out mark stays mounted, out of sight.
  if (isImage && isHidden) return null;
  const attrs = markAttributes({ index, label: p.datum.ariaLabel, isTabStop, data: { 'data-mark': p.datum.id } }, isImage);
  return (
    <g {...attrs} {...(isHidden ? HIDDEN_ATTRS : undefined)}>
      <circle cx={p.cx} cy={p.cy} r={p.r + 4} fill="transparent" />
      <path d={shapePath(p.datum.shape, p.cx, p.cy, p.r)} style={timeMarkStyle(p.datum)} />
    </g>
  );
}, sameMarkPropsButHidden);

/**
 * The labelled marks' names (and leaders), in one layer over every mark and line: inside each
 * mark's group, a name was painted over by the marks drawn after it and by the trend line
 * ("Salamandra-2?"). A hidden mark's name goes with it. The pointer goes through to the marks
 * layer, where `NameBoxes` answers for the names.
 */
const TimeLabels = memo(function TimeLabels({ marks, hidden }: { marks: readonly PlacedTimeMark[]; hidden: ReadonlySet<string> | undefined }) {
  return (
    <g aria-hidden="true" pointerEvents="none">
      {marks.map(
        (p) =>
          p.label &&
          !hidden?.has(p.datum.id) && (
            <g key={p.datum.id} data-label={p.datum.id}>
              {p.leader && <line x1={p.cx} y1={p.cy} x2={p.leader.x} y2={p.leader.y} style={{ stroke: 'var(--c-muted)' }} strokeWidth={0.75} />}
              <text x={p.label.x0} y={p.label.y1 - 2} style={{ fill: 'var(--c-text)', fontWeight: p.datum.isHighlighted ? 700 : 500, paintOrder: 'stroke', stroke: 'var(--c-surface)', strokeWidth: 3 }}>
                {p.datum.label}
              </text>
            </g>
          ),
      )}
    </g>
  );
});

/**
 * A transparent box where each name is, last in the marks layer (so no mark drawn later covers it)
 * and carrying its mark's index: a tap, click or hover on a name picks its mark through the
 * kit's delegated events, and a filter hides it with its mark (`showHidden`). Not in images.
 */
const NameBoxes = memo(function NameBoxes({ marks, isHidden }: { marks: readonly PlacedTimeMark[]; isHidden: ((i: number) => boolean) | undefined }) {
  if (useChartImage() !== null) return null;
  return (
    <g aria-hidden="true">
      {marks.map(
        (p, i) =>
          p.label && (
            <rect
              key={p.datum.id}
              {...{ [INDEX_ATTR]: i }}
              data-name-box={p.datum.id}
              x={p.label.x0}
              y={p.label.y0}
              width={p.label.x1 - p.label.x0}
              height={p.label.y1 - p.label.y0}
              fill="transparent"
              className="cursor-pointer"
              {...(isHidden?.(i) ? HIDDEN_ATTRS : undefined)}
            />
          ),
      )}
    </g>
  );
});

export function TimeScatterChart({ data, hidden, lines = NO_LINES, keyEntries = NO_KEY, width, formats, title, description, xLabel, yLabel, onSelect }: TimeScatterChartProps) {
  const uid = useChartUid();
  // Three memos, so a filter that hides marks and re-fits a trend re-places the key and the
  // lines and keeps the frame (every mark's place) while the key keeps its height.
  const key = useMemo(() => placeTimeKey(keyEntries, width), [keyEntries, width]);
  const layout = useMemo(() => layoutTimeFrame(data, width, formats, key.height), [data, width, formats, key.height]);
  const placedLines = useMemo(() => placeTimeLines(layout, lines), [layout, lines]);
  const { plot, marks } = layout;
  const isHidden = useMemo(() => (hidden?.size ? (i: number) => hidden.has(marks[i]?.datum.id ?? '') : undefined), [hidden, marks]);
  const select = useCallback((i: number) => onSelect?.(marks[i]!.datum.id), [onSelect, marks]);
  const xFormat = useCallback((v: number) => formats.x(new Date(v)), [formats]);

  return (
    <MarkChart
      uid={uid}
      width={layout.width}
      height={layout.height}
      title={title}
      description={description}
      count={marks.length}
      onActivate={onSelect ? select : undefined}
      isHidden={isHidden}
      backdrop={
        <g aria-hidden="true">
          <XYAxes xTicks={layout.xTicks} yTicks={layout.yTicks} plot={plot} formatX={xFormat} formatY={formats.y} xLabel={xLabel} yLabel={yLabel} xCaptionY={layout.height - 4} yCaptionY={plot.top - 16} />
          {key.entries.map(({ entry: e, x, y }) => (
            <g key={e.label}>
              {e.line ? (
                <line x1={x} x2={x + 12} y1={y + 6} y2={y + 6} style={{ stroke: catColour(e.colour) }} strokeWidth={2} strokeDasharray={e.line.isDashed ? '4 2' : undefined} opacity={e.isOff ? 0.3 : undefined} />
              ) : (
                <path d={shapePath(e.shape, x + 6, y + 6, 4.5)} style={timeMarkStyle(e)} opacity={e.isOff ? 0.3 : undefined} />
              )}
              <text x={x + 16} y={y + 10} fontSize={11} style={e.isOff ? { fill: 'var(--c-muted)', textDecoration: 'line-through' } : { fill: 'var(--c-text)' }}>
                {e.label}
              </text>
            </g>
          ))}
        </g>
      }
      overlay={
        <>
          {/* Lines over the marks, so a trend stays readable through a dense cloud; the key names them. */}
          <g aria-hidden="true" pointerEvents="none">
            {placedLines.map((l) => (
              <g key={l.series.id} data-line={l.series.id}>
                <path d={l.d} fill="none" style={{ stroke: 'var(--c-surface)' }} strokeWidth={4} />
                <path d={l.d} fill="none" style={{ stroke: catColour(l.series.colour) }} strokeWidth={2} strokeDasharray={l.series.isDashed ? '6 4' : undefined} />
              </g>
            ))}
          </g>
          {/* Names last, over the lines too. */}
          <TimeLabels marks={marks} hidden={hidden} />
        </>
      }
      ring={(i) => {
        const p = marks[i];
        return p && <circle cx={p.cx} cy={p.cy} r={p.r + 3} fill="none" />;
      }}
      tooltip={(i) => {
        const p = marks[i];
        return p && { detail: { title: p.datum.label, lines: p.datum.details }, x: p.cx, y: p.cy };
      }}
    >
      {(tabStop) => (
        <>
          {/* Drawn again only when the marks or the tab stop change: a filter only hides and shows them (MarkChart). */}
          <KeptMarks deps={[marks]} tabStop={tabStop} draw={() => marks.map((p, i) => <TimeMark key={p.datum.id} mark={p} index={i} isTabStop={i === tabStop} isHidden={isHidden?.(i) ?? false} />)} />
          <NameBoxes marks={marks} isHidden={isHidden} />
        </>
      )}
    </MarkChart>
  );
}
