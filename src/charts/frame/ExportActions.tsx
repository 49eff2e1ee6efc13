/**
 * The frame's export actions: download SVG, PNG and CSV, and the generated alt text with a copy
 * button. The frame also shares what it knows (title, alt text, a starting height, image
 * downloads) through `ChartExportContext`, so an embed dialog placed in its actions can use it.
 */
import { createContext, useContext, useId, useState } from 'react';
import type { Messages } from '../../i18n/messages.ts';
import { CopyButton } from './CopyButton.tsx';
import { PNG_SCALES, type PngScale } from './pngScale.ts';

export type ImageKind = 'svg' | 'png';

export interface ChartExportApi {
  title: string;
  altText: string;
  /** The ids of the sources on the frame's source line (the Cite dialog adds Epoch AI's citation when one is Epoch's). */
  sourceIds: readonly string[];
  /** A starting iframe height (px) for an embed of this frame; the embed then sizes itself. Async: the layout code loads on demand. */
  embedHeight(hideTitle: boolean): Promise<number>;
  /** Resolves false when the chart has no image to export or the browser refused. `scale`: PNG only (default 2). */
  downloadImage(kind: ImageKind, scale?: PngScale): Promise<boolean>;
}

export const ChartExportContext = createContext<ChartExportApi | null>(null);

/** The frame around the caller, if any (null outside a ChartFrame). */
export function useChartExport(): ChartExportApi | null {
  return useContext(ChartExportContext);
}

/** SVG and PNG (1×, 2×, 3×) buttons with a live status; shared by the frame and the embed dialog's hint. */
export function ImageDownloads({ api, m }: { api: ChartExportApi; m: Messages }) {
  const [status, setStatus] = useState<'idle' | 'working' | 'failed'>('idle');
  const run = async (kind: ImageKind, scale?: PngScale) => {
    setStatus('working');
    setStatus((await (scale ? api.downloadImage(kind, scale) : api.downloadImage(kind))) ? 'idle' : 'failed');
  };
  return (
    <>
      <button type="button" className="btn" aria-label={m.export.downloadSvg} onClick={() => void run('svg')}>
        {m.export.svg}
      </button>
      {/* One button per scale, each named for it: a menu would hide the choice behind a click. */}
      <span role="group" aria-label={m.export.png} className="inline-flex items-center gap-1">
        <span aria-hidden="true" className="text-xs font-semibold text-[var(--c-muted)]">
          {m.export.png}
        </span>
        {PNG_SCALES.map((scale) => (
          <button key={scale} type="button" className="btn" aria-label={m.publish.downloadPngScale(scale)} onClick={() => void run('png', scale)}>
            {m.publish.pngScale(scale)}
          </button>
        ))}
      </span>
      <span role="status" className="text-xs text-[var(--c-muted)]">
        {status === 'working' ? m.export.working : status === 'failed' ? m.export.failed : ''}
      </span>
    </>
  );
}

export function ExportActions({ api, onCsv, m }: { api: ChartExportApi; onCsv: () => void; m: Messages }) {
  return (
    <div role="group" aria-label={m.export.download} className="inline-flex flex-wrap items-center gap-1.5">
      <span aria-hidden="true" className="text-xs font-semibold uppercase tracking-wide text-[var(--c-muted)]">
        {m.export.download}
      </span>
      <ImageDownloads api={api} m={m} />
      <button type="button" className="btn" aria-label={m.downloadCsv} onClick={onCsv}>
        {m.export.csv}
      </button>
    </div>
  );
}

/** Last in the actions row: when open it takes the row's full width below the buttons. */
export function AltTextDisclosure({ text, m }: { text: string; m: Messages }) {
  const textId = useId();
  if (!text) return null;
  return (
    <details className="open:basis-full">
      <summary className="btn cursor-pointer list-none [&::-webkit-details-marker]:hidden">{m.export.altText}</summary>
      <div className="mt-2 flex flex-col items-start gap-2 rounded-md border border-[var(--c-grid)] p-2 text-sm">
        <p id={textId}>{text}</p>
        <CopyButton text={text} describedBy={textId} labels={{ copy: m.export.copy, copied: m.export.copied, fallback: m.export.copyFallback }} />
      </div>
    </details>
  );
}
