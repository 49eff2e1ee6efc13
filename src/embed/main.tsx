/**
 * The interactive embed, loaded by boot.ts (the entry, which already reports the height).
 * Imports nothing from src/app (tests/embedBundle.test.ts checks), so its JavaScript stays small.
 *
 * Order: load the pinned dataset and the chart's code in parallel; re-read the URL with the known
 * ids; then hydrate the prerendered copy that matches, or render from scratch (mount.ts); finally
 * replay a hover or focus that happened before React was there, so its tooltip opens.
 */
import { CHARTS, type ChartId } from '../charts/registry.ts';
import type { PanelProps } from '../charts/panelProps.ts';
import type { Dataset } from '../data/schema.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { createViewStore } from '../view/viewStore.ts';
import type { ComponentType } from 'react';
import { EmbedMessage } from './EmbedShell.tsx';
import { EmbedRoot } from './EmbedRoot.tsx';
import { loadWorldOnce, WorldDataContext } from '../charts/views/world/worldContext.ts';
import type { WorldData } from '../data/epoch/worldTypes.ts';
import { pageLang } from '../i18n/lang.ts';
import { isCopyShown } from './copies.ts';
import { mountPage } from './mount.ts';
import { parseContextOf } from '../view/datasetContext.ts';
import { chartFromPath } from './page.ts';
import { loadPinnedDataset, pinnedDataUrl } from './pinnedDataset.ts';
import { EMBED_DROP, prerenderKey } from './prerenderKey.ts';

const base = import.meta.env.BASE_URL;
const chart: ChartId | null = chartFromPath(location.pathname);
const store = createViewStore(window);

function keyNow(): string {
  const state = store.getSnapshot().state;
  return prerenderKey({ ...state, view: 'gpus' }, pageLang(state.lang, navigator.languages), EMBED_DROP);
}

async function start(): Promise<void> {
  const entry = chart ? CHARTS[chart] : undefined;
  let dataset: Dataset;
  let Panel: ComponentType<PanelProps> | undefined;
  let world: WorldData | null = null;
  try {
    // A world chart's HTML was prerendered with the world data: hydrate with it too.
    [dataset, Panel, world] = await Promise.all([loadPinnedDataset(pinnedDataUrl(document, base)), entry?.load(), entry?.needsWorld ? loadWorldOnce(base) : null]);
  } catch (error) {
    // A prerendered chart on screen is still right, only static: keep it rather than an error.
    if (isCopyShown(document)) return;
    const m = MESSAGES[pageLang(store.getSnapshot().state.lang, navigator.languages)];
    console.warn('Compute Atlas embed:', error);
    const retry = (
      <button type="button" className="btn" onClick={() => location.reload()}>
        {m.retry}
      </button>
    );
    mountPage(<EmbedMessage action={retry}>{m.embed.loadError}</EmbedMessage>, null);
    return;
  }
  store.setContext(parseContextOf(dataset));
  const parsed = store.getSnapshot().state;
  const state = { ...parsed, view: chart ?? parsed.view };
  const lang = pageLang(state.lang, navigator.languages);
  mountPage(
    <WorldDataContext value={world}>
      <EmbedRoot chart={chart} Panel={Panel} dataset={dataset} state={state} lang={lang} base={base} />
    </WorldDataContext>,
    keyNow(),
  );
  replayPointerAndFocus(document);
}

/**
 * The reader may have hovered or focused a mark while React was loading (that is what loaded
 * it). React replays events that arrive while it hydrates, so send the current ones again.
 */
function replayPointerAndFocus(doc: Document): void {
  const hovered = [...doc.querySelectorAll(':hover')].pop();
  hovered?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: null }));
  const focused = doc.activeElement;
  if (focused && focused !== doc.body) focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
}

void start();
