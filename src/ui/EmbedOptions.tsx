/**
 * The embed dialog's body (its own chunk, loaded on the first click of "Embed"): the snippet's
 * options, the snippet with its copy button, a live preview and the image downloads.
 */
import { LANGUAGE_OPTIONS } from '../i18n/lang.ts';
import { useEffect, useId, useRef, useState } from 'react';
import { ImageDownloads, type ChartExportApi } from '../charts/frame/ExportActions.tsx';
import { formatDate, type Lang } from '../i18n/format.ts';
import { embedResizeScriptUrl, embedUrl } from '../view/embedUrl.ts';
import { Segmented } from './controls.tsx';
import { CopyButton } from '../charts/frame/CopyButton.tsx';
import { EMBED_SANDBOX, embedSnippet, messageHeight } from './embedSnippet.ts';
import type { EmbedDialogProps, EmbedHeights } from './EmbedDialog.tsx';

type ThemeOption = 'auto' | 'light' | 'dark';

/** Mounted each time the dialog opens, so its options start from the view as it is now. */
export function EmbedOptions({ state, pageUrl, base, lang, m, release = null, variants, frame, heights }: EmbedDialogProps & { frame: ChartExportApi | null; heights: EmbedHeights }) {
  const preview = useRef<HTMLIFrameElement>(null);
  const snippetId = useId();
  const [theme, setTheme] = useState<ThemeOption>(state.theme ?? 'auto');
  const [embedLang, setEmbedLang] = useState<Lang>(lang);
  const [hideTitle, setHideTitle] = useState(state.hideTitle);
  const [withScript, setWithScript] = useState(true);
  const [data, setData] = useState<'pinned' | 'latest'>('pinned');
  const [previewHeight, setPreviewHeight] = useState<number | null>(null);

  const pin = release !== null && data === 'pinned' ? release : null;
  const src = embedUrl(pageUrl, base, { ...state, theme: theme === 'auto' ? null : theme, lang: embedLang, hideTitle, release: pin }, variants) ?? '';
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
