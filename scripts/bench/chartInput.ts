/**
 * The GPU chart's view as the benchmark draws it three ways (product, hand-written SVG, chart
 * library): rows, labels and layout computed by the product's own pure modules, so all three
 * pages show the same bars, labels and sizes. Read-only use of src/.
 */
import { FIRST_WIDTH } from '../../src/charts/frame/useMeasuredWidth.ts';
import { layoutBars, type BarLayout } from '../../src/charts/kinds/barChart.layout.ts';
import type { DetailedBarRow } from '../../src/charts/kinds/BarChart.tsx';
import { pointSources } from '../../src/charts/frame/dataPoint.ts';
import { gpuDescription, gpuPoints, gpuRows, gpuTick, type GpuOptions } from '../../src/charts/views/gpus/gpus.series.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { MESSAGES } from '../../src/i18n/messages.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/view/viewState.ts';

/** The width build-time charts are laid out at (a wide copy's FIRST_WIDTH, prerender.css). */
export const PRERENDER_WIDTH = FIRST_WIDTH;

export interface ChartInput {
  lang: 'es';
  title: string;
  subtitle: string;
  description: string;
  axisLabel: string;
  sourceLine: string;
  rows: DetailedBarRow[];
  layout: BarLayout<DetailedBarRow>;
  tickLabels: string[];
}

/** The GPU chart in Spanish (the pages' default language) for `patch` over the default view. */
export function gpuChartInput(dataset: Dataset, patch: Partial<ViewState> = {}, width = PRERENDER_WIDTH): ChartInput {
  const state = { ...DEFAULT_VIEW_STATE, ...patch };
  const m = MESSAGES.es;
  const options: GpuOptions = { metric: state.metric, regions: state.regions, owners: state.owners, kinds: state.kinds, ids: state.ids, highlight: state.highlight };
  const points = gpuPoints(dataset, options, m);
  const rows = gpuRows(points, options, 'es', m);
  const layout = layoutBars(rows, width, state.scale);
  const tick = gpuTick('es');
  return {
    lang: 'es',
    title: m.gpusTitle(m.metrics[state.metric]),
    subtitle: m.gpusSubtitle(m.metricUnits[state.metric], points.length),
    description: gpuDescription(points, options, 'es', m),
    axisLabel: m.metricUnits[state.metric],
    sourceLine: `${m.sourcesLine}: ${pointSources(points).map((s) => s.title).join(', ')}.`,
    rows,
    layout,
    tickLabels: layout.ticks.map((t) => tick(t.value)),
  };
}
