/**
 * Chart id → panel, for the embed page (`<base>embed/<chart>/`) and build-time prerendering.
 *
 * The chart ids, their variants and whether they need the world data come from the table of
 * views (src/view/views.ts); this module adds what may import React code: each chart's panel
 * loader. `PANELS` is typed over every chart id of the table, so a view with a chart and no
 * loader fails the type check. Each loader loads its panel on demand, so an embed page downloads
 * only its own chart's code and the embed entry stays small as charts are added.
 *
 * A panel takes `PanelProps` (without `update`, since an embed cannot change the view) and must
 * render the same markup on the server and on the client's first render (no `window`,
 * `navigator` or clock read during render), because embeds hydrate build-time HTML.
 */
import type { ComponentType } from 'react';
import type { Dataset } from '../data/schema.ts';
import { CHART_IDS, isChartId, viewRow, type ChartId, type ViewRow } from '../view/views.ts';
import type { ViewState } from '../view/viewState.ts';
import type { PanelProps } from './panelProps.ts';

export { CHART_IDS, isChartId, type ChartId };

type PanelLoader = () => Promise<ComponentType<PanelProps>>;

const PANELS: { readonly [K in ChartId]: PanelLoader } = {
  gpus: () => import('./views/gpus/GpusPanel.tsx').then((m) => m.GpusPanel),
  money: () => import('./views/money/MoneyPanel.tsx').then((m) => m.MoneyPanel),
  compare: () => import('./views/compare/ComparePanel.tsx').then((m) => m.ComparePanel),
  whatif: () => import('./views/whatif/WhatIfPanel.tsx').then((m) => m.WhatIfPanel),
  top500: () => import('./views/top500/Top500Panel.tsx').then((m) => m.Top500Panel),
  models: () => import('./views/models/ModelsPanel.tsx').then((m) => m.ModelsPanel),
  clusters: () => import('./views/clusters/WorldGate.tsx').then((m) => m.ClustersWorldPanel),
  'world-models': () => import('./views/worldModels/WorldModelsPanel.tsx').then((m) => m.WorldModelsPanel),
  'world-chips': () => import('./views/worldChips/WorldChipsPanel.tsx').then((m) => m.WorldChipsPanel),
};

/** A view prerendered at build besides the chart's default one; `name` becomes its image and oEmbed file names. */
export interface ChartVariant {
  readonly name: string;
  readonly state: Partial<ViewState>;
}

export interface ChartEntry {
  readonly load: PanelLoader;
  /** Extra views worth prerendering (static HTML, image, oEmbed), e.g. the headline comparisons. */
  readonly variants?: ((dataset: Dataset) => readonly ChartVariant[]) | undefined;
  /** Draws Epoch's world data: the prerender renders it with the data, the embed loads it before hydrating. */
  readonly needsWorld: boolean;
  readonly isPrerendered: boolean;
}

function entryOf(id: ChartId): ChartEntry {
  const row: ViewRow = viewRow(id);
  // viewState.ts checks every row's variant states against ViewState.
  const variants = row.variants as ChartEntry['variants'];
  return { load: PANELS[id], variants, needsWorld: row.needsWorld, isPrerendered: row.isPrerendered };
}

export const CHARTS: { readonly [K in ChartId]: ChartEntry } = Object.fromEntries(CHART_IDS.map((id) => [id, entryOf(id)])) as { [K in ChartId]: ChartEntry };
