/**
 * The interactive embed, loaded by boot.ts (the entry, which already reports the height) on the
 * reader's first hover, focus, touch or key press. Imports nothing from src/app
 * (oxlint.config.mjs checks), so its JavaScript stays small.
 *
 * Order: load the pinned dataset and the chart's code in parallel; re-read the URL with the known
 * ids; then hydrate the prerendered copy that matches, or render from scratch (mount.ts); finally
 * replay what boot.ts held meanwhile (replay.ts): the hover, focus or key press that loaded it, so
 * its tooltip opens, and any click or key after it, so none is lost.
 */
import { CHARTS } from '../charts/registry.ts';
import { viewRow, type EmbeddableView } from '../view/views.ts';
import type { PanelProps } from '../charts/panelProps.ts';
import type { Dataset } from '../data/schema.ts';
import { hasMessages, loadMessages, MESSAGES } from '../i18n/messages.ts';
import { createViewStore } from '../view/viewStore.ts';
import { useEffect, useMemo, useState, type ComponentType } from 'react';
import { EmbedMessage, type EmbedShellProps } from './EmbedShell.tsx';
import { EmbedRoot } from './EmbedRoot.tsx';
import { loadWorldOnce, WorldDataContext } from '../charts/views/world/worldContext.ts';
import type { WorldData } from '../data/epoch/worldTypes.ts';
import { pageLang } from '../i18n/lang.ts';
import { formatDate } from '../i18n/format.ts';
import { findCopy, isCopyShown } from './copies.ts';
import { mountPage } from './mount.ts';
import type { Hold } from './intent.ts';
import { committed, replayHeld } from './replay.ts';
import { parseContextOf } from '../view/datasetContext.ts';
import { chartFromPath } from './page.ts';
import { loadPinnedDataset, pinnedDataUrl } from './pinnedDataset.ts';
import { EMBED_DROP, prerenderKey, readPrerenderConfig } from './prerenderKey.ts';
import { fetchRelease, releaseUrl } from '../data/releaseLoad.ts';
import type { PublishedRelease } from '../data/release.ts';

const base = import.meta.env.BASE_URL;
const chart: EmbeddableView | null = chartFromPath(location.pathname);
const store = createViewStore(window);

/** The release this page's copy is: a pin to it needs no other file and fits the copy. */
const copyRelease = readPrerenderConfig(document)?.release ?? null;

function keyNow(): string {
  const state = store.getSnapshot().state;
  return prerenderKey({ ...state, view: 'gpus' }, pageLang(state.lang, navigator.languages), EMBED_DROP, copyRelease);
}

/**
 * The pinned release's figures, fetched beside the latest dataset when the URL names another
 * release than the copy's (a guess, settled once the latest says which releases exist).
 */
function startReleaseFetch(): Promise<PublishedRelease | null> | null {
  const wanted = store.getSnapshot().state.release;
  if (!wanted || wanted === copyRelease) return null;
  // Silent here: whether a failure matters (a published release) is known only later.
  return fetchRelease(releaseUrl(base, wanted), wanted).catch(() => null);
}

/** No hold: a test, or a page started without boot.ts. */
const NOTHING_HELD: Hold = { held: { keys: [], clicks: [], fields: new Set() }, release: () => undefined };

export async function startEmbed(hold: Hold = NOTHING_HELD): Promise<void> {
  const entry = chart ? CHARTS[chart] : undefined;
  let dataset: Dataset;
  let Panel: ComponentType<PanelProps> | undefined;
  let world: WorldData | null = null;
  const releaseFetch = startReleaseFetch();
  let pinned: PublishedRelease | null = null;
  const pageLanguage = pageLang(store.getSnapshot().state.lang, navigator.languages);
  try {
    // A world chart's HTML was prerendered with the world data: hydrate with it too. The chart's
    // message parts come with its code, in the page's language only.
    [dataset, Panel, world] = await Promise.all([
      loadPinnedDataset(pinnedDataUrl(document, base)),
      entry?.load(),
      entry?.needsWorld ? loadWorldOnce(base) : null,
      loadMessages(pageLanguage, chart ? viewRow(chart).messages : []),
    ]);
  } catch (error) {
    // Nothing will take the held clicks and keys.
    hold.release();
    // A prerendered chart that fits the view is still right, only static: keep it rather than an
    // error. Show it too: the head script hides every copy while the URL carries a value the
    // parser may read differently (`?scale=xx`, which it then ignores), and that was a blank page.
    const copy = findCopy(document, keyNow());
    if (copy) document.documentElement.dataset.pv = copy.dataset.variant;
    if (copy || isCopyShown(document)) return;
    console.warn('Compute Atlas embed:', error);
    // The data can fail before the messages arrive; without them there is nothing to say it with.
    await loadMessages(pageLanguage).catch(() => undefined);
    if (!hasMessages(pageLanguage)) return;
    const m = MESSAGES[pageLanguage];
    const retry = (
      <button type="button" className="btn" onClick={() => location.reload()}>
        {m.retry}
      </button>
    );
    mountPage(<EmbedMessage action={retry}>{m.embed.loadError}</EmbedMessage>, null);
    return;
  }
  const latestCtx = parseContextOf(dataset);
  const wanted = store.getSnapshot().state.release;
  // A pinned view shows its release's figures, and its ids are checked against them; a release
  // the site does not publish is dropped by the parser (reported below), a failed fetch falls
  // back to the latest too, never to a blank chart.
  if (wanted && wanted !== dataset.release && latestCtx.releaseIds?.has(wanted)) {
    pinned = await (releaseFetch ?? Promise.resolve(null));
    if (!pinned) console.warn(`Compute Atlas embed: release ${wanted} could not be loaded; showing the latest figures.`);
  }
  store.setContext(pinned ? { ...parseContextOf(pinned.dataset), releaseIds: latestCtx.releaseIds } : latestCtx);
  const parsed = store.getSnapshot().state;
  const lang = pageLanguage;
  const m = MESSAGES[lang];
  const isUnknown = store.getSnapshot().ignored.some((r) => r.reason === 'unknown-release');
  const notice = isUnknown
    ? `release=${wanted}: ${m.ignoredReasons['unknown-release']}`
    : wanted && wanted !== dataset.release && !pinned
      ? m.release.loadError(formatDate(wanted, lang))
      : null;
  const state = { ...parsed, view: chart ?? parsed.view, release: pinned ? parsed.release : parsed.release === dataset.release ? parsed.release : null };
  mountPage(
    <WorldDataContext value={world}>
      <WithTitleOption chart={chart} Panel={Panel} dataset={pinned?.dataset ?? dataset} state={state} lang={lang} base={base} changedSince={pinned?.changedSince ?? null} notice={notice} />
    </WorldDataContext>,
    keyNow(),
  );
  // Once React has committed (ReadyMark), its handlers are live: events sent earlier could race
  // the hydration and be dropped.
  await committed(document.documentElement);
  hold.release();
  replayHeld(document, hold.held);
}

/**
 * Prerendered copies carry their title (`title=0` hides it with CSS until React is there, so it
 * needs no copy of its own): hydrate with the title, then apply the option.
 */
function WithTitleOption({ state, ...props }: EmbedShellProps) {
  const [hideTitle, setHideTitle] = useState(false);
  useEffect(() => setHideTitle(state.hideTitle), [state.hideTitle]);
  const shown = useMemo(() => ({ ...state, hideTitle }), [state, hideTitle]);
  return <EmbedRoot {...props} state={shown} />;
}
