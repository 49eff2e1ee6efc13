/**
 * Log-log scatter plot: maps a `ScatterLayout` to SVG with the chart kit. Takes data and a
 * width; never fetches or reads the URL. Points are memoised marks (see kit/marks.tsx for
 * focus, hover, tap and keys); confidence is drawn with the same patterns as the bars.
 */
import { memo, useCallback, useMemo } from 'react';
import { pointStyle } from '../kit/confidenceMarks.tsx';
import { XYAxes } from '../kit/axes.tsx';
import { Mark, sameMarkProps } from '../kit/marks.tsx';
import { MarkChart } from '../kit/MarkChart.tsx';
import { useChartUid } from '../kit/uid.ts';
import { layoutScatter, type PlacedDatum, type ScatterDatum, type TickFormats } from './scatter.layout.ts';

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

const ScatterMark = memo(function ScatterMark({ point: p, index, uid, isTabStop }: { point: PlacedDatum; index: number; uid: string; isTabStop: boolean }) {
  return (
    <Mark index={index} label={p.datum.ariaLabel} isTabStop={isTabStop} data={{ 'data-mark': p.datum.id }}>
      <circle cx={p.cx} cy={p.cy} r={p.r + 6} fill="transparent" />
      <circle cx={p.cx} cy={p.cy} r={p.r} style={pointStyle(uid, p.datum)} />
      {p.label && (
        <text x={p.label.x0} y={p.label.y1 - 2} style={{ fill: 'var(--c-text)', fontWeight: p.datum.isHighlighted ? 700 : 500 }}>
          {p.datum.label}
        </text>
      )}
    </Mark>
  );
}, sameMarkProps);

export function ScatterChart({ data, width, formats, title, description, xLabel, yLabel, onSelect }: ScatterChartProps) {
  const uid = useChartUid();
  const layout = useMemo(() => layoutScatter(data, width, formats), [data, width, formats]);
  const { plot, points } = layout;
  const select = useCallback((i: number) => onSelect?.(points[i]!.datum.id), [onSelect, points]);

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
          <XYAxes xTicks={layout.xTicks} yTicks={layout.yTicks} plot={plot} formatX={formats.x} formatY={formats.y} xLabel={xLabel} yLabel={yLabel} xCaptionY={layout.height - 4} />
        </g>
      }
      ring={(i) => {
        const p = points[i];
        return p && <circle cx={p.cx} cy={p.cy} r={p.r + 3} fill="none" />;
      }}
      tooltip={(i) => {
        const p = points[i];
        return p && { detail: { title: p.datum.label, lines: p.datum.details }, x: p.cx, y: p.cy };
      }}
    >
      {(tabStop) => points.map((p, i) => <ScatterMark key={p.datum.id} point={p} index={i} uid={uid} isTabStop={i === tabStop} />)}
    </MarkChart>
  );
}
