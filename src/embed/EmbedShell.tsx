/**
 * The embed page's whole UI: one chart panel (title, subtitle, chart, legend, source line, its
 * own table and CSV) plus a link to the same view in the dashboard. No controls: an embed shows
 * the view its URL names. Rendered at build time (scripts/prerenderEntry.tsx) and hydrated in
 * the browser (main.tsx), so it must render the same markup in both: no window, navigator or
 * clock here, and links are built from `base` rather than from `location`.
 */
import { datasetIn } from '../data/labels.ts';
import { useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { DataReleaseContext, ReleaseContext } from '../charts/frame/releaseContext.ts';
import type { ChangedSince } from '../data/release.ts';
import type { PanelProps } from '../charts/panelProps.ts';
import { currentRelease } from '../data/release.ts';
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../i18n/format.ts';
import { MESSAGES, type Messages } from '../i18n/messages.ts';
import { serialiseViewState, type ViewName, type ViewState } from '../view/viewState.ts';
import { dashboardFolder } from './addressPath.ts';

export interface EmbedShellProps {
  /** The chart the path names; null when the path names none we know. */
  chart: ViewName | null;
  /** Absent when the chart has no panel in the registry yet. */
  Panel?: ComponentType<PanelProps> | undefined;
  dataset: Dataset;
  state: ViewState;
  lang: Lang;
  /** Vite's base (`/` or `/atlas/`): the dashboard lives there. */
  base: string;
  /** On a view pinned to an older release: per entity, how many figures changed since. */
  changedSince?: ChangedSince | null;
  /** Why the embed shows other figures than its URL asked for (an unknown release). */
  notice?: string | null;
}

/**
 * The dashboard's address for this view: same state, the chart's tab, in the language shown.
 * The title flag and the theme are the embed's own options (and the markup must not depend on
 * the theme, which prerendered copies leave to CSS), so they are left out.
 */
export function dashboardHref(base: string, state: ViewState, chart: ViewName | null, lang: Lang): string {
  const view: ViewState = { ...state, view: chart ?? 'gpus', hideTitle: false, theme: null, lang };
  // At the dashboard file that holds the view's copy if one does: it opens in one navigation.
  return base + dashboardFolder(view, lang) + serialiseViewState(view);
}

const noSubscribe = () => () => {};

/**
 * The prerendered copy is of the latest figures and names no release; an embed pinned to that
 * same release hydrates it (the head script lets it), so the link gains its pin only once
 * hydrated, or hydration would not match.
 */
function OpenInAtlas({ href, unpinnedHref, m }: { href: string; unpinnedHref: string; m: Messages }) {
  const isHydrated = useSyncExternalStore(noSubscribe, () => true, () => false);
  return (
    <a className="btn" href={isHydrated ? href : unpinnedHref} target="_blank" rel="noopener">
      {m.embed.openInAtlas}
      <span aria-hidden="true">↗</span>
      <span className="sr-only">{m.embed.newTab}</span>
    </a>
  );
}

export function EmbedMessage({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] p-4 text-sm">
      <p>{children}</p>
      {action}
    </div>
  );
}

export function EmbedShell({ chart, Panel, dataset: data, state, lang, base, changedSince = null, notice = null }: EmbedShellProps) {
  const m = MESSAGES[lang];
  // Systems by their names in the embed's language, as on the dashboard.
  const dataset = datasetIn(data, lang);
  const open = <OpenInAtlas href={dashboardHref(base, state, chart, lang)} unpinnedHref={dashboardHref(base, { ...state, release: null }, chart, lang)} m={m} />;
  // "See the newest" reloads this embed without the pin, keeping its options.
  const release = { id: dataset.release ?? null, changedSince, newestHref: serialiseViewState({ ...state, view: 'gpus', release: null }) || '?' };
  return (
    <main className="embed-main">
      {notice && (
        <p role="status" className="mb-2 rounded-md bg-[var(--c-warn-bg)] px-3 py-2 text-sm text-[var(--c-warn-text)]">
          {notice}
        </p>
      )}
      <ReleaseContext value={release}>
      {Panel ? (
        <DataReleaseContext value={currentRelease(dataset)}>
          <Panel dataset={dataset} state={state} lang={lang} m={m} actions={open} />
        </DataReleaseContext>
      ) : (
        <EmbedMessage action={open}>{chart ? m.embed.unavailable(m.views[chart]) : m.embed.unknownChart}</EmbedMessage>
      )}
      </ReleaseContext>
    </main>
  );
}
