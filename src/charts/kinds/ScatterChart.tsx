/**
 * Log-log scatter plot: maps a `ScatterLayout` to SVG with the chart kit. Takes data and a
 * width; never fetches or reads the URL. Points are memoised marks (see kit/marks.tsx for
 * focus, hover, tap and keys); confidence is drawn with the same patterns as the bars.
 */
import { memo, useCallback, useMemo, useRef } from 'react';
import { pointStyle } from '../kit/confidenceMarks.tsx';
import { AxisCaption, GridX, GridY } from '../kit/axes.tsx';
import { ChartSvg } from '../kit/ChartSvg.tsx';
import { ChartBox } from '../kit/imageMode.tsx';
import { ActiveRing, Mark, sameMarkProps, useMarks } from '../kit/marks.tsx';
import { ChartTooltip } from '../kit/Tooltip.tsx';
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

const ScatterMark = memo(function ScatterMark({ point: p, index, uid }: { point: PlacedDatum; index: number; uid: string }) {
  return (
    <Mark index={index} label={p.datum.ariaLabel} data={{ 'data-mark': p.datum.id }}>
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
  const box = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => layoutScatter(data, width, formats), [data, width, formats]);
  const { plot, points } = layout;
  const select = useCallback((i: number) => onSelect?.(points[i]!.datum.id), [onSelect, points]);
  const { store, layerProps, clear } = useMarks(points.length, onSelect ? select : undefined);

  return (
    <ChartBox
      box={box}
      onLeave={clear}
      width={layout.width}
      height={layout.height}
      svg={
        <ChartSvg uid={uid} width={layout.width} height={layout.height} title={title} description={description}>
          <g aria-hidden="true">
            <GridX ticks={layout.xTicks} plot={plot} format={formats.x} labelDy={15} />
            <GridY ticks={layout.yTicks} plot={plot} format={formats.y} />
            <AxisCaption x={plot.right} y={layout.height - 4} anchor="end">{xLabel} →</AxisCaption>
            <AxisCaption x={4} y={12}>↑ {yLabel}</AxisCaption>
          </g>
          <g {...layerProps}>
            {points.map((p, i) => (
              <ScatterMark key={p.datum.id} point={p} index={i} uid={uid} />
            ))}
          </g>
          <ActiveRing
            store={store}
            draw={(i) => {
              const p = points[i];
              return p && <circle cx={p.cx} cy={p.cy} r={p.r + 3} fill="none" />;
            }}
          />
        </ChartSvg>
      }
    >
      <ChartTooltip
        store={store}
        container={box}
        at={(i) => {
          const p = points[i];
          return p && { detail: { title: p.datum.label, lines: p.datum.details }, x: p.cx, y: p.cy };
        }}
      />
    </ChartBox>
  );
}
