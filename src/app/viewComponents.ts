/**
 * View id → the dashboard's view (its controls above its panel). Typed over every id of the
 * table of views (src/view/views.ts), so a view without a component fails the type check.
 *
 * The default view (prerendered and hydrated) is bundled, and its strings are in the messages'
 * core; the others load when first opened, which keeps the first-load JavaScript within its
 * budget, each with the message parts its row in the table names (`messages`), so a view never
 * renders before its strings are there.
 */
import { lazy, type ComponentType } from 'react';
import type { PanelProps } from '../charts/panelProps.ts';
import { loadParts } from '../i18n/messages.ts';
import type { UpdateView } from '../view/useViewState.ts';
import { viewRow, type ViewName } from '../view/views.ts';
import { GpusView } from './GpusView.tsx';

export type ViewProps = PanelProps & { update: UpdateView };

/** A view component; `preload` starts fetching a lazy view's code and strings before it renders. */
export type ViewComponent = ComponentType<ViewProps> & { preload?: () => Promise<unknown> };

/**
 * A view whose code and message parts (in every language on or coming to the page) load together,
 * on first render, or earlier with `preload` (main.tsx, for a prerendered copy of the view: its
 * code then arrives with the data instead of after it).
 */
function lazyView(id: ViewName, load: () => Promise<ComponentType<ViewProps>>): ViewComponent {
  let loading: Promise<{ default: ComponentType<ViewProps> }> | undefined;
  const start = () => (loading ??= Promise.all([load(), loadParts(viewRow(id).messages)]).then(([component]) => ({ default: component })));
  return Object.assign(lazy(start), { preload: start });
}

export const VIEW_COMPONENTS: { readonly [K in ViewName]: ViewComponent } = {
  gpus: GpusView,
  money: lazyView('money', () => import('./MoneyView.tsx').then((x) => x.MoneyView)),
  compare: lazyView('compare', () => import('./CompareView.tsx').then((x) => x.CompareView)),
  whatif: lazyView('whatif', () => import('./WhatIfView.tsx').then((x) => x.WhatIfView)),
  top500: lazyView('top500', () => import('./Top500View.tsx').then((x) => x.Top500View)),
  models: lazyView('models', () => import('./ModelsView.tsx').then((x) => x.ModelsView)),
  clusters: lazyView('clusters', () => import('./ClustersView.tsx').then((x) => x.ClustersView)),
  'world-models': lazyView('world-models', () => import('./WorldModelsView.tsx').then((x) => x.WorldModelsView)),
  'world-chips': lazyView('world-chips', () => import('./WorldChipsView.tsx').then((x) => x.WorldChipsView)),
  'as-of': lazyView('as-of', () => import('./AsOfView.tsx').then((x) => x.AsOfView)),
  where: lazyView('where', () => import('./WhereView.tsx').then((x) => x.WhereView)),
  sources: lazyView('sources', () => import('./SourcesView.tsx').then((x) => x.SourcesView)),
};
