/**
 * "Cite": APA, BibTeX and plain text for the current view, in the page's language, with the
 * dated release, the view's address pinned to it and today's date from the reader's clock when
 * they click (never at render, so the prerendered page stays the same for everyone), plus Epoch
 * AI's citation when the view shows its data. Each text is a labelled, read-only field with its
 * own copy button.
 */
import { useId, useState } from 'react';
import { useChartExport } from '../charts/frame/ExportActions.tsx';
import { CopyButton } from '../charts/frame/CopyButton.tsx';
import { formatDate, type Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { citeView, epochCitations, readerDay, type Citations } from './citation.ts';
import { Modal } from './Modal.tsx';

export interface CiteDialogProps {
  /** The view's name as its tab says it. */
  viewTitle: string;
  release: string | null;
  version: string;
  /** The view's absolute address, pinned to `release`. */
  pinnedUrl: string;
  lang: Lang;
  m: Messages;
}

export function CiteDialog({ viewTitle, release, version, pinnedUrl, lang, m }: CiteDialogProps) {
  const frame = useChartExport();
  const [accessed, setAccessed] = useState<string | null>(null);
  const citations = accessed ? citeView({ viewTitle, release, version, url: pinnedUrl, accessed, lang }, m) : null;
  const epoch = epochCitations(frame?.sourceIds ?? []);
  return (
    <Modal label={m.release.cite} title={m.release.citeTitle} closeLabel={m.release.close} onOpen={() => setAccessed(readerDay(new Date()))} className="max-w-2xl">
      <p className="text-sm text-[var(--c-muted)]">{release ? m.release.citeIntro(formatDate(release, lang)) : m.release.citeIntroUnreleased}</p>
      {citations &&
        (Object.keys(m.release.formats) as (keyof Citations)[]).map((format, i) => (
          <CitationField key={format} label={m.release.formats[format]} text={citations[format]} m={m} autoFocus={i === 0} />
        ))}
      {epoch.length > 0 && (
        <section className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">{m.release.epochCite}</h3>
          {epoch.map((text) => (
            <CitationField key={text} label="Epoch AI" text={text} m={m} />
          ))}
        </section>
      )}
    </Modal>
  );
}

function CitationField({ label, text, m, autoFocus = false }: { label: string; text: string; m: Messages; autoFocus?: boolean }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">{label}</label>
      <textarea
        id={id}
        readOnly
        value={text}
        rows={Math.min(10, text.split('\n').length + Math.ceil(text.length / 60))}
        spellCheck={false}
        {...(autoFocus ? { 'data-autofocus': '' } : {})}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full resize-y rounded border border-[var(--c-grid)] bg-[var(--c-bg)] p-2 font-mono text-xs break-words"
      />
      <CopyButton text={text} labels={{ copy: `${m.release.copy} (${label})`, copied: m.release.copied, fallback: m.release.copyFallback }} />
    </div>
  );
}
