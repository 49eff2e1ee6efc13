/**
 * A chart's frame as one standalone SVG document, rendered by React from the same chart
 * components as the screen (see kit/imageMode.tsx): the downloads and the build's PNGs all
 * come from here. `renderFrameImage` renders to markup and writes the theme's colours in.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ConfidencePatterns } from '../kit/confidenceMarks.tsx';
import { ChartImageContext, type ChartImage } from '../kit/imageMode.tsx';
import { LegendSwatch } from './Legend.tsx';
import { layoutFrameImage, legendSegments, SWATCH, TYPE, type FrameImageLayout, type FrameTexts, type TextRole } from './frameImage.layout.ts';
import type { LegendEntry } from './legendEntries.ts';
import { resolveVars, type Palette } from './palette.ts';
import type { Measure } from './textLayout.ts';

const FILL: Record<TextRole, string> = {
  title: 'var(--c-text)',
  subtitle: 'var(--c-muted)',
  notice: 'var(--c-warn-text)',
  legend: 'var(--c-muted)',
  source: 'var(--c-muted)',
};
const LEGEND_UID = 'ca-legend';
const ignore = () => undefined;

/**
 * `textLength` (with `lengthAdjust`) makes a viewer draw each line at the width it was laid out
 * for, whatever font it finds: a file opened where the page's fonts are missing keeps its lines
 * inside the frame and its legend items apart (resvg and every browser honour it). Kept as text,
 * not paths, so the file stays small, selectable, searchable and readable by screen readers.
 */
const fitted = (isFitted: boolean, width: number) =>
  isFitted && width > 0 ? { textLength: Math.round(width * 10) / 10, lengthAdjust: 'spacingAndGlyphs' as const } : {};

export function FrameImage({ layout, texts, altText, charts, fontFamily, fitText = false }: {
  layout: FrameImageLayout;
  texts: FrameTexts;
  altText: string;
  charts: readonly ChartImage[];
  fontFamily: string;
  fitText?: boolean;
}) {
  const { width, height } = layout;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="ca-export-title"
      aria-describedby="ca-export-desc"
      fontFamily={fontFamily}
      fontSize={12}
    >
      <title id="ca-export-title">{texts.title}</title>
      <desc id="ca-export-desc">{altText}</desc>
      {layout.legend.length > 0 && <ConfidencePatterns uid={LEGEND_UID} />}
      <rect width="100%" height="100%" fill="var(--c-surface)" />
      {layout.notices.map((n) => (
        <rect key={n.y} x={n.x} y={n.y} width={n.width} height={n.height} rx={6} fill="var(--c-warn-bg)" />
      ))}
      {layout.lines.map((l) => (
        <text key={`${l.role}${l.y}`} x={l.x} y={l.y} fontSize={TYPE[l.role].size} fontWeight={TYPE[l.role].bold ? 700 : undefined} fill={FILL[l.role]} {...fitted(fitText, l.width)}>
          {l.text}
        </text>
      ))}
      {layout.legend.map(({ entry, x, y, textWidth }) => (
        <g key={entry.name} transform={`translate(${x},${y})`}>
          <svg y={(TYPE.legend.line - SWATCH.h) / 2 - 2} width={SWATCH.w} height={SWATCH.h}>
            <LegendSwatch entry={entry} uid={LEGEND_UID} />
          </svg>
          <text x={SWATCH.w + SWATCH.gap} y={TYPE.legend.size} fontSize={TYPE.legend.size} fill="var(--c-muted)" {...fitted(fitText, textWidth)}>
            {legendSegments(entry).map((s) => (
              <tspan key={s.text} fontWeight={s.bold ? 700 : undefined} fill={s.bold ? 'var(--c-text)' : undefined}>
                {s.text}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {/* Image mode again: marks render without their keyboard and pointer attributes. */}
      <ChartImageContext value={ignore}>
        {charts.map((c, i) => (
          <g key={i} transform={`translate(${layout.charts[i]!.x},${layout.charts[i]!.y})`}>
            {c.element}
          </g>
        ))}
      </ChartImageContext>
    </svg>
  );
}

export interface ImageEnv {
  palette: Palette;
  measure: Measure;
  fontFamily: string;
  /** Fit each frame text to its measured width (files that leave this machine; see `fitted`). */
  fitText?: boolean;
}

export interface RenderedImage {
  svg: string;
  width: number;
  height: number;
  /** The charts' own sizes, from their layouts. */
  charts: { width: number; height: number }[];
}

/**
 * Renders `chart` (a frame's chart at `width`) in image mode, frames it, and returns the file's
 * text with every colour resolved. Null when the chart drew no SVG (an empty view).
 */
export function renderFrameImage(a: { texts: FrameTexts; altText: string; legend: readonly LegendEntry[]; chart: ReactNode }, env: ImageEnv): RenderedImage | null {
  const charts: ChartImage[] = [];
  // The first pass only collects the charts' laid-out <svg> elements; its HTML is dropped.
  renderToStaticMarkup(<ChartImageContext value={(c) => charts.push(c)}>{a.chart}</ChartImageContext>);
  if (!charts.length) return null;
  const layout = layoutFrameImage(a.texts, a.legend, charts, env.measure);
  const markup = renderToStaticMarkup(<FrameImage layout={layout} texts={a.texts} altText={a.altText} charts={charts} fontFamily={env.fontFamily} fitText={env.fitText} />);
  const svg = resolveVars(markup, env.palette);
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`,
    width: layout.width,
    height: layout.height,
    charts: charts.map(({ width, height }) => ({ width, height })),
  };
}
