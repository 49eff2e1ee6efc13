/**
 * "Embed": a modal dialog with the iframe snippet for the current view, its options (theme,
 * language, title, auto-height), a live preview sandboxed like the real embed, a copy button,
 * and image downloads for platforms without iframes. The options change only the snippet, not
 * the dashboard's own view.
 */
import { LANGUAGE_OPTIONS } from '../i18n/lang.ts';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ImageDownloads, useChartExport } from '../charts/frame/ExportActions.tsx';
import type { Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { embedResizeScriptUrl, embedUrl } from '../view/embedUrl.ts';
import type { ViewState } from '../view/viewState.ts';
import { Segmented } from './controls.tsx';
import { CopyButton } from '../charts/frame/CopyButton.tsx';
import { EMBED_SANDBOX, embedSnippet, messageHeight } from './embedSnippet.ts';

export interface EmbedDialogProps {
  state: ViewState;
  /** This page's absolute address (the view store's `hrefFor(state, true)`); `base` resolves against it. */
  pageUrl: string;
  /** Vite's BASE_URL. */
  base: string;
  /** The language shown now (the embed's default language). */
  lang: Lang;
  m: Messages;
}

type ThemeOption = 'auto' | 'light' | 'dark';

export function EmbedDialog({ state, pageUrl, base, lang, m }: EmbedDialogProps) {
  const frame = useChartExport();
  const trigger = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const headingId = useId();
  const snippetId = useId();
  const [isOpen, setOpen] = useState(false);
  const [theme, setTheme] = useState<ThemeOption>('auto');
  const [embedLang, setEmbedLang] = useState<Lang>(lang);
  const [hideTitle, setHideTitle] = useState(false);
  const [withScript, setWithScript] = useState(true);
  const [heights, setHeights] = useState({ shown: 480, hidden: 430 });
  const [previewHeight, setPreviewHeight] = useState<number | null>(null);

  const src = embedUrl(pageUrl, base, { ...state, theme: theme === 'auto' ? null : theme, lang: embedLang, hideTitle });
  const height = hideTitle ? heights.hidden : heights.shown;
  const title = frame?.altText || frame?.title || m.views[state.view];
  const snippet = src ? embedSnippet({ src, height, title, scriptSrc: withScript ? embedResizeScriptUrl(pageUrl, base) : null }) : '';

  const open = () => {
    // Start from the view as it is now; the dialog's options never change the dashboard.
    setTheme(state.theme ?? 'auto');
    setEmbedLang(lang);
    setHideTitle(state.hideTitle);
    setHeights({ shown: frame?.embedHeight(false) ?? 480, hidden: frame?.embedHeight(true) ?? 430 });
    setPreviewHeight(null);
    setOpen(true);
  };
  const onClosed = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const close = () => {
    const d = dialog.current;
    if (d && typeof d.close === 'function') d.close(); // fires `close` → onClosed
    else {
      d?.removeAttribute('open');
      onClosed();
    }
  };

  useEffect(() => {
    const d = dialog.current;
    if (!isOpen || !d) return;
    if (!d.open) {
      // jsdom and very old browsers lack showModal: an open, non-modal dialog still works there.
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [isOpen]);

  useEffect(() => {
    if (!isOpen) return;
    // The preview sizes itself like a real embed: only its own messages, only numbers.
    const onMessage = (e: MessageEvent) => {
      if (!preview.current || e.source !== preview.current.contentWindow) return;
      const h = messageHeight(e.data);
      if (h !== null) setPreviewHeight(h);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [isOpen]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };

  if (!src) return null;
  return (
    <>
      <button ref={trigger} type="button" className="btn" aria-haspopup="dialog" onClick={open}>
        {m.export.embed}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        onCancel={(e) => {
          e.preventDefault();
          close();
        }}
        onClose={onClosed}
        onKeyDown={onKeyDown}
        onClick={(e) => e.target === dialog.current && close()} // a click on the backdrop
        className="m-auto w-[calc(100%-1.5rem)] max-w-3xl rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] p-0 text-[var(--c-text)] backdrop:bg-black/50"
      >
        {isOpen && (
          <div className="flex flex-col gap-4 p-4">
            <div className="flex items-start justify-between gap-3">
              <h2 id={headingId} className="text-lg font-semibold">{m.export.embedTitle}</h2>
              <button type="button" className="btn" onClick={close}>
                {m.export.close}
              </button>
            </div>
            <p className="text-sm text-[var(--c-muted)]">{m.export.embedIntro}</p>
            <div className="flex flex-col gap-2">
              <Segmented
                legend={m.theme}
                options={(['auto', 'light', 'dark'] as const).map((t) => ({ value: t, label: m.themes[t] }))}
                value={theme}
                onChange={setTheme}
              />
              <Segmented legend={m.language} options={LANGUAGE_OPTIONS} value={embedLang} onChange={setEmbedLang} />
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
          </div>
        )}
      </dialog>
    </>
  );
}
