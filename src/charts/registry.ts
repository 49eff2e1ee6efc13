/**
 * Chart id → panel, for the embed page (`<base>embed/<chart>/`) and build-time prerendering.
 *
 * A chart id is a view name with a chart (every view but `sources`); the embed URL's path names
 * it. Each entry loads its panel on demand, so an embed page downloads only its own chart's code
 * and the embed entry stays small as charts are added.
 *
 * Adding a chart is one line in `CHARTS`, e.g.
 *   compare: { load: () => import('./views/compare/ComparePanel.tsx').then((m) => m.ComparePanel), variants: headlineComparisons },
 * The panel takes `PanelProps` (without `update`, since an embed cannot change the view) and
 * must render the same markup on the server and on the client's first render (no `window`,
 * `navigator` or clock read during render), because embeds hydrate build-time HTML. A chart id
 * without an entry still has an embed page, which says the chart is not available yet.
 */
import type { ComponentType } from 'react';
import type { Dataset } from '../data/schema.ts';
import type { ViewName, ViewState } from '../view/viewState.ts';
import type { PanelProps } from './panelProps.ts';

export const CHART_IDS = ['gpus', 'money', 'compare', 'whatif', 'top500', 'models', 'clusters', 'world-models', 'world-chips', 'as-of', 'where'] as const satisfies readonly ViewName[];
export type ChartId = (typeof CHART_IDS)[number];

export const isChartId = (value: string): value is ChartId => (CHART_IDS as readonly string[]).includes(value);

/** A view prerendered at build besides the chart's default one; `name` becomes its image and oEmbed file names. */
export interface ChartVariant {
  readonly name: string;
  readonly state: Partial<ViewState>;
}

export interface ChartEntry {
  readonly load: () => Promise<ComponentType<PanelProps>>;
  /** Extra views worth prerendering (static HTML, image, oEmbed), e.g. the headline comparisons. */
  readonly variants?: (dataset: Dataset) => readonly ChartVariant[];
  /** Draws Epoch's world data: the prerender renders it with the data, the embed loads it before hydrating. */
  readonly needsWorld?: boolean;
}

export const CHARTS: { readonly [K in ChartId]?: ChartEntry } = {
  gpus: { load: () => import('./views/gpus/GpusPanel.tsx').then((m) => m.GpusPanel) },
  money: { load: () => import('./views/money/MoneyPanel.tsx').then((m) => m.MoneyPanel) },
  compare: { load: () => import('./views/compare/ComparePanel.tsx').then((m) => m.ComparePanel), variants: headlineComparisons },
  whatif: { load: () => import('./views/whatif/WhatIfPanel.tsx').then((m) => m.WhatIfPanel) },
  top500: { load: () => import('./views/top500/Top500Panel.tsx').then((m) => m.Top500Panel) },
  models: { load: () => import('./views/models/ModelsPanel.tsx').then((m) => m.ModelsPanel) },
  'world-models': { load: () => import('./views/worldModels/WorldModelsPanel.tsx').then((m) => m.WorldModelsPanel), needsWorld: true },
  'world-chips': { load: () => import('./views/worldChips/WorldChipsPanel.tsx').then((m) => m.WorldChipsPanel), needsWorld: true },
  clusters: { load: () => import('./views/clusters/WorldGate.tsx').then((m) => m.ClustersWorldPanel), needsWorld: true },
  'as-of': { load: () => import('./views/asOf/AsOfPanel.tsx').then((m) => m.AsOfPanel), needsWorld: true },
  where: { load: () => import('./views/whereCompute/WherePanel.tsx').then((m) => m.WherePanel), needsWorld: true },
};

export function chartEntry(id: ChartId): ChartEntry | undefined {
  return CHARTS[id];
}

/** The comparisons of data/comparisons.json as compare-view states: the compare chart's variants. */
export function headlineComparisons(dataset: Dataset): ChartVariant[] {
  return dataset.comparisons.map((c) => ({ name: c.id, state: { compareA: c.a, compareB: c.b } }));
}
