/**
 * View id → the dashboard's view (its controls above its panel). Typed over every id of the
 * table of views (src/view/views.ts), so a view without a component fails the type check.
 *
 * The default view (prerendered and hydrated) and its neighbour are bundled; the others load
 * when first opened, which keeps the first-load JavaScript within its budget.
 */
import { lazy, type ComponentType } from 'react';
import type { PanelProps } from '../charts/panelProps.ts';
import type { UpdateView } from '../view/useViewState.ts';
import type { ViewName } from '../view/views.ts';
import { GpusView } from './GpusView.tsx';
import { MoneyView } from './MoneyView.tsx';

export type ViewProps = PanelProps & { update: UpdateView };

export const VIEW_COMPONENTS: { readonly [K in ViewName]: ComponentType<ViewProps> } = {
  gpus: GpusView,
  money: MoneyView,
  compare: lazy(() => import('./CompareView.tsx').then((x) => ({ default: x.CompareView }))),
  whatif: lazy(() => import('./WhatIfView.tsx').then((x) => ({ default: x.WhatIfView }))),
  top500: lazy(() => import('./Top500View.tsx').then((x) => ({ default: x.Top500View }))),
  models: lazy(() => import('./ModelsView.tsx').then((x) => ({ default: x.ModelsView }))),
  clusters: lazy(() => import('./ClustersView.tsx').then((x) => ({ default: x.ClustersView }))),
  'world-models': lazy(() => import('./WorldModelsView.tsx').then((x) => ({ default: x.WorldModelsView }))),
  'world-chips': lazy(() => import('./WorldChipsView.tsx').then((x) => ({ default: x.WorldChipsView }))),
  sources: lazy(() => import('./SourcesView.tsx').then((x) => ({ default: x.SourcesView }))),
};
