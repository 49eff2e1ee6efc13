/**
 * The one description of the dashboard's views. The URL's `v=` values, the tabs and their
 * order, the chart registry, the embed pages and the build-time prerender are all derived from
 * this table, so adding a view is one row here, its folder (`src/charts/views/<view>/`: series
 * and panel) and its messages; the type checker then names the two loader maps that need a
 * line (`PANELS` in src/charts/registry.ts, `VIEW_COMPONENTS` in src/app/viewComponents.ts).
 *
 * Plain data, no React and no zod: the URL module and the embed entry import it.
 *
 * Row order is the tab order. The URL only needs the set of ids (`?v=<id>`), so moving a row
 * changes no link; renaming an id does (it needs a migration in migrations.ts).
 */
import type { Dataset } from '../data/schema.ts';
import type { PartName } from '../i18n/messages.ts';

/** A view prerendered at build besides the default one; `name` becomes its image and oEmbed file names. */
export interface ViewVariant {
  readonly name: string;
  /** View-state fields that differ from the default view (checked against ViewState in viewState.ts). */
  readonly state: Readonly<Record<string, unknown>>;
}

export interface ViewRow {
  /** The `v=` value and the embed folder (`embed/<id>/`); kebab-case, never renamed. */
  readonly id: string;
  /** Key of its name in the messages' `views` (the tab, the page title, the embed's fallback title). */
  readonly label: string;
  /** Draws a chart (with its frame, exports and table); `sources` is a list. */
  readonly hasChart: boolean;
  /** Has an embed page `embed/<id>/` and appears in the embed dialog. Needs `hasChart`. */
  readonly isEmbeddable: boolean;
  /** Its embed pages carry a prerendered copy, static image and oEmbed file per language. */
  readonly isPrerendered: boolean;
  /** Views worth prerendering besides the default one, e.g. the headline comparisons. */
  readonly variants?: (dataset: Dataset) => readonly ViewVariant[];
  /** Draws Epoch's world data: the prerender renders it with the data, the embed loads it before hydrating. */
  readonly needsWorld: boolean;
  /**
   * The view-state fields the view reads besides those every view reads (`view`, `lang`, `theme`,
   * `hideTitle`, and `release`, which picks the dataset the page hands every view). A field not listed does not change what the view shows (tested per view).
   */
  readonly fields: readonly string[];
  /**
   * The parts of the messages it reads besides the core (src/i18n/locales/es.ts): its loader, in the
   * dashboard and the embed, loads them with its code, in the page's language. The parts that name
   * what Epoch's data holds (`clusters`, `world`) load with that data too (worldContext.ts), and
   * with every world view, whose page hands the data to every view (pins, `show=top` on the GPU bars).
   */
  readonly messages: readonly PartName[];
}

/** The comparisons of data/comparisons.json as compare-view states: the compare chart's variants. */
export function headlineComparisons(dataset: Dataset) {
  return dataset.comparisons.map((c) => ({ name: c.id, state: { compareA: c.a, compareB: c.b } }));
}

const chart = { hasChart: true, isEmbeddable: true, isPrerendered: true, needsWorld: false } as const;
const worldChart = { ...chart, needsWorld: true } as const;

export const VIEW_TABLE = [
  { id: 'gpus', label: 'gpus', ...chart, fields: ['ids', 'metric', 'scale', 'regions', 'owners', 'kinds', 'highlight', 'pins', 'bars'], messages: [] },
  { id: 'money', label: 'money', ...chart, fields: ['ids', 'scale', 'currency', 'highlight'], messages: [] },
  { id: 'compare', label: 'compare', ...chart, variants: headlineComparisons, fields: ['compareA', 'compareB', 'metric'], messages: ['compare'] },
  { id: 'whatif', label: 'whatif', ...chart, fields: ['whatifModel', 'whatifSystem', 'whatifGpus', 'whatifMfu', 'whatifPrice', 'whatifPue', 'basis', 'currency'], messages: ['whatif'] },
  { id: 'top500', label: 'top500', ...chart, fields: ['edition', 'scale', 'highlight'], messages: ['top500'] },
  { id: 'models', label: 'models', ...chart, fields: ['currency', 'highlight'], messages: ['modelCharts', 'timeline'] },
  { id: 'clusters', label: 'clusters', ...worldChart, fields: ['worldRegions', 'sectors', 'statuses', 'certainties', 'vendors', 'trendSelection', 'pins'], messages: ['clusters', 'world'] },
  { id: 'world-models', label: 'world-models', ...worldChart, fields: ['access', 'pins'], messages: ['worldCharts', 'clusters', 'world'] },
  { id: 'world-chips', label: 'world-chips', ...worldChart, fields: ['basis', 'pins'], messages: ['worldCharts', 'clusters', 'world'] },
  { id: 'as-of', label: 'as-of', ...worldChart, fields: ['asOf', 'highlight'], messages: ['asOf', 'clusters', 'world'] },
  { id: 'where', label: 'where', ...worldChart, fields: ['whereGroup', 'isShare'], messages: ['where', 'clusters', 'world'] },
  { id: 'sources', label: 'sources', hasChart: false, isEmbeddable: false, isPrerendered: false, needsWorld: false, fields: ['highlight'], messages: ['world'] },
] as const satisfies readonly ViewRow[];

type Row = (typeof VIEW_TABLE)[number];
export type ViewName = Row['id'];
/** Views that draw a chart: the chart registry's ids. */
export type ChartId = Extract<Row, { hasChart: true }>['id'];
export type EmbeddableView = Extract<Row, { hasChart: true; isEmbeddable: true }>['id'];

/** Every view id, in tab order: the values `v=` accepts. */
export const VIEWS: readonly ViewName[] = VIEW_TABLE.map((row) => row.id);
export const CHART_IDS: readonly ChartId[] = VIEW_TABLE.filter((row): row is Extract<Row, { hasChart: true }> => row.hasChart).map((row) => row.id);
export const EMBEDDABLE_VIEWS: readonly EmbeddableView[] = VIEW_TABLE.filter((row): row is Extract<Row, { hasChart: true; isEmbeddable: true }> => row.isEmbeddable).map(
  (row) => row.id,
);

const BY_ID = new Map<string, Row>(VIEW_TABLE.map((row) => [row.id, row]));

export function viewRow<K extends ViewName>(id: K): Extract<Row, { id: K }> {
  return BY_ID.get(id) as Extract<Row, { id: K }>;
}

export const isViewName = (value: string): value is ViewName => BY_ID.has(value);
export const isChartId = (value: string): value is ChartId => BY_ID.get(value)?.hasChart === true;
export const isEmbeddable = (value: string): value is EmbeddableView => BY_ID.get(value)?.isEmbeddable === true;
