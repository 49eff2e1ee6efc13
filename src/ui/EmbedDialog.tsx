/**
 * "Embed": a modal dialog with the iframe snippet for the current view, its options (theme,
 * language, title, auto-height, and the data: pinned to the release shown — the default, so a
 * published chart keeps the figures its post quotes — or always the latest), a live preview sandboxed like the real embed, a copy button,
 * and image downloads for platforms without iframes. The options change only the snippet, not
 * the dashboard's own view.
 */
import { useState } from 'react';
import { useChartExport } from '../charts/frame/ExportActions.tsx';
import type { Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { isEmbeddable, type ViewVariant } from '../view/views.ts';
import type { ViewState } from '../view/viewState.ts';
import { Modal } from './Modal.tsx';

export interface EmbedDialogProps {
  state: ViewState;
  /** This page's absolute address (the view store's `hrefFor(state, true)`); `base` resolves against it. */
  pageUrl: string;
  /** Vite's BASE_URL. */
  base: string;
  /** The language shown now (the embed's default language). */
  lang: Lang;
  m: Messages;
  /** The dated release the view shows, or null when its figures are newer than any release. */
  release?: string | null;
  /** The chart's prerendered variants (the headline comparisons), each in a folder of its own. */
  variants?: readonly ViewVariant[];
}

type Body = typeof import('./EmbedOptions.tsx').EmbedOptions;
/** The iframe's starting heights with the title shown and hidden. */
export interface EmbedHeights {
  shown: number;
  hidden: number;
}
const DEFAULT_HEIGHTS: EmbedHeights = { shown: 480, hidden: 430 };

/** The button renders at once; the dialog's body is its own chunk, fetched on hover, focus or the first click. */
export function EmbedDialog(props: EmbedDialogProps) {
  const frame = useChartExport();
  const [Body, setBody] = useState<Body | null>(null);
  const [heights, setHeights] = useState<EmbedHeights>(DEFAULT_HEIGHTS);
  // The view alone says whether there is an embed (`embedUrl` is null exactly then); the URL
  // itself is built when the dialog opens, not on every render of the page around it.
  if (!isEmbeddable(props.state.view)) return null;
  // Each opening measures the frame as it is now (the options start from the view as it is now too).
  const load = () =>
    Promise.all([import('./EmbedOptions.tsx'), frame ? Promise.all([frame.embedHeight(false), frame.embedHeight(true)]) : null]).then(([mod, h]) => {
      setHeights(h ? { shown: h[0], hidden: h[1] } : DEFAULT_HEIGHTS);
      setBody(() => mod.EmbedOptions);
    });
  return (
    <Modal label={props.m.export.embed} title={props.m.export.embedTitle} closeLabel={props.m.export.close} load={load}>
      {Body && <Body {...props} frame={frame} heights={heights} />}
    </Modal>
  );
}
