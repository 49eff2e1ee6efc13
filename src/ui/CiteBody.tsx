/**
 * The Cite dialog's body (its own chunk, loaded on the first click of "Cite"): each citation
 * format as a labelled, read-only field with its own copy button.
 */
import { useId } from 'react';
import { CopyButton } from '../charts/frame/CopyButton.tsx';
import { formatDate } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { citeView, epochCitations, type Citations } from './citation.ts';
import type { CiteDialogProps } from './CiteDialog.tsx';

export function CiteBody({ viewTitle, release, version, pinnedUrl, lang, m, accessed, sourceIds }: CiteDialogProps & { accessed: string | null; sourceIds: readonly string[] }) {
  const citations = accessed ? citeView({ viewTitle, release, version, url: pinnedUrl, accessed, lang }, m) : null;
  const epoch = epochCitations(sourceIds);
  return (
    <>
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
    </>
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
