/**
 * "Embed": a modal dialog with the iframe snippet for the current view, its options (theme,
 * language, title, auto-height, and the data: pinned to the release shown — the default, so a
 * published chart keeps the figures its post quotes — or always the latest), a live preview sandboxed like the real embed, a copy button,
 * and image downloads for platforms without iframes. The options change only the snippet, not
 * the dashboard's own view.
 */
import { LANGUAGE_OPTIONS } from '../i18n/lang.ts';
import { useEffect, useId, useRef, useState } from 'react';
import { ImageDownloads, useChartExport, type ChartExportApi } from '../charts/frame/ExportActions.tsx';
import { formatDate, type Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { embedResizeScriptUrl, embedUrl } from '../view/embedUrl.ts';
import type { ViewState } from '../view/viewState.ts';
import { Segmented } from './controls.tsx';
import { CopyButton } from '../charts/frame/CopyButton.tsx';
import { EMBED_SANDBOX, embedSnippet, messageHeight } from './embedSnippet.ts';
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
}

type ThemeOption = 'auto' | 'light' | 'dark';

export function EmbedDialog(props: EmbedDialogProps) {
  const frame = useChartExport();
  if (!embedUrl(props.pageUrl, props.base, props.state)) return null;
  return (
    <Modal label={props.m.export.embed} title={props.m.export.embedTitle} closeLabel={props.m.export.close}>
      <EmbedOptions {...props} frame={frame} />
    </Modal>
  );
}

/** Mounted each time the dialog opens, so its options start from the view as it is now. */
function EmbedOptions({ state, pageUrl, base, lang, m, release = null, frame }: EmbedDialogProps & { frame: ChartExportApi | null }) {
  const preview = useRef<HTMLIFrameElement>(null);
  const snippetId = useId();
  const [theme, setTheme] = useState<ThemeOption>(state.theme ?? 'auto');
  const [embedLang, setEmbedLang] = useState<Lang>(lang);
  const [hideTitle, setHideTitle] = useState(state.hideTitle);
  const [withScript, setWithScript] = useState(true);
  const [data, setData] = useState<'pinned' | 'latest'>('pinned');
  const [heights] = useState(() => ({ shown: frame?.embedHeight(false) ?? 480, hidden: frame?.embedHeight(true) ?? 430 }));
  const [previewHeight, setPreviewHeight] = useState<number | null>(null);

  const pin = release !== null && data === 'pinned' ? release : null;
  const src = embedUrl(pageUrl, base, { ...state, theme: theme === 'auto' ? null : theme, lang: embedLang, hideTitle, release: pin }) ?? '';
  const height = hideTitle ? heights.hidden : heights.shown;
  const title = frame?.altText || frame?.title || m.views[state.view];
  const snippet = embedSnippet({ src, height, title, scriptSrc: withScript ? embedResizeScriptUrl(pageUrl, base) : null });

  useEffect(() => {
    // The preview sizes itself like a real embed: only its own messages, only numbers.
    const onMessage = (e: MessageEvent) => {
      if (!preview.current || e.source !== preview.current.contentWindow) return;
      const h = messageHeight(e.data);
      if (h !== null) setPreviewHeight(h);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return (
    <>
      <p className="text-sm text-[var(--c-muted)]">{m.export.embedIntro}</p>
      <div className="flex flex-col gap-2">
        <Segmented
          legend={m.theme}
          options={(['auto', 'light', 'dark'] as const).map((t) => ({ value: t, label: m.themes[t] }))}
          value={theme}
          onChange={setTheme}
        />
        <Segmented legend={m.language} options={LANGUAGE_OPTIONS} value={embedLang} onChange={setEmbedLang} />
        {release && (
          <Segmented
            legend={m.release.pinLegend}
            options={[
              { value: 'pinned', label: m.release.pinned(formatDate(release, embedLang)) },
              { value: 'latest', label: m.release.latest },
            ]}
            value={data}
            onChange={setData}
          />
        )}
        <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" checked={hideTitle} onChange={(e) => setHideTitle(e.currentTarget.checked)} />
            {m.export.hideTitle}
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" checked={withScript} onChange={(e) => setWithScript(e.currentTarget.checked)} />
            {m.export.autoHeight}
          </label>
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={snippetId} className="text-sm font-semibold">{m.export.snippet}</label>
        <textarea
          id={snippetId}
          data-autofocus=""
          readOnly
          value={snippet}
          rows={withScript ? 5 : 4}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full resize-y rounded border border-[var(--c-grid)] bg-[var(--c-bg)] p-2 font-mono text-xs break-all"
        />
        <CopyButton text={snippet} describedBy={snippetId} labels={{ copy: m.export.copy, copied: m.export.copied, fallback: m.export.copyFallback }} />
      </div>
      <section aria-label={m.export.preview} className="flex flex-col gap-1">
        <h3 className="text-sm font-semibold">{m.export.preview}</h3>
        <iframe
          ref={preview}
          src={src}
          title={title}
          sandbox={EMBED_SANDBOX}
          width="100%"
          height={previewHeight ?? height}
          className="max-h-[60vh] rounded border border-[var(--c-grid)] bg-[var(--c-bg)]"
        />
      </section>
      {frame && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <p className="w-full text-[var(--c-muted)]">{m.export.noIframes}</p>
          <ImageDownloads api={frame} m={m} />
        </div>
      )}
    </>
  );
}
