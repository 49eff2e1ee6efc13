/**
 * "Cite": APA, BibTeX and plain text for the current view, in the page's language, with the
 * dated release, the view's address pinned to it and today's date from the reader's clock when
 * they click (never at render, so the prerendered page stays the same for everyone), plus Epoch
 * AI's citation when the view shows its data. Each text is a labelled, read-only field with its
 * own copy button.
 */
import { useState } from 'react';
import { useChartExport } from '../charts/frame/ExportActions.tsx';
import type { Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { readerDay } from './readerDay.ts';
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

type Body = typeof import('./CiteBody.tsx').CiteBody;

/** The button renders at once; the dialog's body is its own chunk, fetched on hover, focus or the first click. */
export function CiteDialog(props: CiteDialogProps) {
  const { m } = props;
  const frame = useChartExport();
  const [accessed, setAccessed] = useState<string | null>(null);
  const [Body, setBody] = useState<Body | null>(null);
  const load = () => import('./CiteBody.tsx').then((mod) => setBody(() => mod.CiteBody));
  return (
    <Modal label={m.release.cite} title={m.release.citeTitle} closeLabel={m.release.close} onOpen={() => setAccessed(readerDay(new Date()))} load={load} className="max-w-2xl">
      {Body && <Body {...props} accessed={accessed} sourceIds={frame?.sourceIds ?? []} />}
    </Modal>
  );
}
