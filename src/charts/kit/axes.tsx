/**
 * Gridlines and tick labels, from ticks a layout computed on its scales (scales.ts). Drawn
 * behind the marks and hidden from screen readers: the marks carry the values.
 */
import { memo, type ReactNode } from 'react';
import type { Tick } from './scales.ts';

export interface PlotBounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const muted = { fill: 'var(--c-muted)' } as const;
const grid = { stroke: 'var(--c-grid)' } as const;

/** Vertical gridlines with their labels under the plot. */
export function GridX({ ticks, plot, format, labelDy = 14 }: { ticks: readonly Tick[]; plot: PlotBounds; format: (v: number) => ReactNode; labelDy?: number }) {
  return (
    <>
      {ticks.map((t) => (
        <g key={`x${t.value}`}>
          <line x1={t.at} x2={t.at} y1={plot.top} y2={plot.bottom} style={grid} />
          <text x={t.at} y={plot.bottom + labelDy} textAnchor="middle" style={muted}>
            {format(t.value)}
          </text>
        </g>
      ))}
    </>
  );
}

/** Horizontal gridlines with their labels left of the plot. */
export function GridY({ ticks, plot, format }: { ticks: readonly Tick[]; plot: PlotBounds; format: (v: number) => ReactNode }) {
  return (
    <>
      {ticks.map((t) => (
        <g key={`y${t.value}`}>
          <line x1={plot.left} x2={plot.right} y1={t.at} y2={t.at} style={grid} />
          <text x={plot.left - 6} y={t.at} textAnchor="end" dominantBaseline="middle" style={muted}>
            {format(t.value)}
          </text>
        </g>
      ))}
    </>
  );
}

/** An axis caption in the chart's muted small type. */
export function AxisCaption({ x, y, anchor = 'start', children }: { x: number; y: number; anchor?: 'start' | 'end'; children: ReactNode }) {
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={11} style={muted}>
      {children}
    </text>
  );
}

/**
 * The frame of an x–y plot: both grids, the x caption bottom right (→) and the y caption top left
 * (↑). `yCaptionY` moves the y caption where a kind keeps a key above the plot. Memoised: a
 * filter that keeps the frame (ticks, plot and formats the same objects) does not draw it again.
 */
export const XYAxes = memo(function XYAxes({ xTicks, yTicks, plot, formatX, formatY, xLabel, yLabel, xCaptionY, yCaptionY = 12 }: {
  xTicks: readonly Tick[];
  yTicks: readonly Tick[];
  plot: PlotBounds;
  formatX: (v: number) => ReactNode;
  formatY: (v: number) => ReactNode;
  xLabel: string;
  yLabel: string;
  /** Baseline of the x caption: the chart's bottom edge less 4 px. */
  xCaptionY: number;
  yCaptionY?: number;
}) {
  return (
    <>
      <GridX ticks={xTicks} plot={plot} format={formatX} labelDy={15} />
      <GridY ticks={yTicks} plot={plot} format={formatY} />
      <AxisCaption x={plot.right} y={xCaptionY} anchor="end">{xLabel} →</AxisCaption>
      <AxisCaption x={4} y={yCaptionY}>↑ {yLabel}</AxisCaption>
    </>
  );
});
