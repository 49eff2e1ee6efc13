/**
 * Stacked areas over time: maps a `StackedAreaLayout` to SVG with the chart kit. The areas are
 * drawing only; the focusable marks are the columns (one per date), whose tooltip and
 * accessible name give every group's value at that date.
 */
import { memo, useCallback, useMemo, useRef } from 'react';
import { AxisCaption, GridX, GridY } from '../kit/axes.tsx';
import { ChartSvg } from '../kit/ChartSvg.tsx';
import { ChartBox } from '../kit/imageMode.tsx';
import { ActiveRing, Mark, sameMarkProps, useMarks } from '../kit/marks.tsx';
import { ChartTooltip } from '../kit/Tooltip.tsx';
import { useChartUid } from '../kit/uid.ts';
import { layoutStackedArea, type PlacedColumn, type StackColumn, type StackedAreaFormats, type StackSeries } from './stackedArea.layout.ts';

export interface StackedAreaChartProps {
  series: readonly StackSeries[];
  columns: readonly StackColumn[];
  isShare: boolean;
  width: number;
  formats: StackedAreaFormats;
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
}

const ColumnMark = memo(function ColumnMark({ column: c, index, top, bottom, isTabStop }: { column: PlacedColumn; index: number; top: number; bottom: number; isTabStop: boolean }) {
  return (
    <Mark index={index} label={c.column.ariaLabel} isTabStop={isTabStop} data={{ 'data-column': c.column.id }}>
      <rect x={c.x0} y={top} width={Math.max(1, c.x1 - c.x0)} height={bottom - top} fill="transparent" />
    </Mark>
  );
}, sameMarkProps);

export function StackedAreaChart({ series, columns, isShare, width, formats, title, description, xLabel, yLabel }: StackedAreaChartProps) {
  const uid = useChartUid();
  const box = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => layoutStackedArea(series, columns, isShare, width, formats), [series, columns, isShare, width, formats]);
  const { plot } = layout;
  const { store, layerProps, clear, tabStop } = useMarks(layout.columns.length);
  const xFormat = useCallback((v: number) => formats.x(new Date(v)), [formats]);

  return (
    <ChartBox
      box={box}
      onLeave={clear}
      width={layout.width}
      height={layout.height}
      svg={
        <ChartSvg uid={uid} width={layout.width} height={layout.height} title={title} description={description}>
          <g aria-hidden="true">
            <GridX ticks={layout.xTicks} plot={plot} format={xFormat} labelDy={15} />
            <GridY ticks={layout.yTicks} plot={plot} format={formats.y} />
            {layout.areas.map((a) => (
              <path key={a.series.key} data-area={a.series.key} d={a.path} style={{ fill: a.series.colour, stroke: 'var(--c-surface)' }} strokeWidth={0.75} />
            ))}
            {layout.labels.map((l) => (
              <text key={l.series.key} x={l.x} y={l.y} fontSize={11} style={{ fill: 'var(--c-text)' }}>
                {l.series.label}
              </text>
            ))}
            {layout.key.map(({ series: s, x, y }) => (
              <g key={s.key}>
                <rect x={x} y={y + 2} width={18} height={11} rx={2} style={{ fill: s.colour }} />
                <text x={x + 24} y={y + 12} fontSize={12} style={{ fill: 'var(--c-text)' }}>
                  {s.label}
                </text>
              </g>
            ))}
            <AxisCaption x={plot.right} y={layout.height - 2} anchor="end">{xLabel} →</AxisCaption>
            <AxisCaption x={4} y={plot.top - 10}>↑ {yLabel}</AxisCaption>
          </g>
          <g {...layerProps}>
            {layout.columns.map((c, i) => (
              <ColumnMark key={c.column.id} column={c} index={i} top={plot.top} bottom={plot.bottom} isTabStop={i === tabStop} />
            ))}
          </g>
          <ActiveRing
            store={store}
            draw={(i) => {
              const c = layout.columns[i];
              return c && <line x1={c.x} x2={c.x} y1={plot.top} y2={plot.bottom} strokeWidth={2} />;
            }}
          />
        </ChartSvg>
      }
    >
      <ChartTooltip
        store={store}
        container={box}
        at={(i) => {
          const c = layout.columns[i];
          return c && { detail: { title: c.column.label, lines: c.column.details }, x: c.x, y: c.bands.at(-1)?.y1 ?? plot.top };
        }}
      />
    </ChartBox>
  );
}
