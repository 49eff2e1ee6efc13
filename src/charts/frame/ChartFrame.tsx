/**
 * The frame every chart shares, in the dashboard, the embed and exports: title, subtitle, the
 * chart (sized by measuring the frame), a legend, notices, a source line and actions. The SVG
 * and PNG downloads render this frame's chart again, with the same props and width, as an
 * image (frame/FrameImage.tsx); alt text and embed heights come from the data and layouts.
 */
import { lazy, Suspense, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import type { Source } from '../../data/schema.ts';
import { formatDate, type Lang } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import { useMeasuredWidth } from './useMeasuredWidth.ts';
import { frameAltText } from './altText.ts';
import { toCsv, type DataPoint } from './dataPoint.ts';
import { AltTextDisclosure, ChartExportContext, ExportActions, type ChartExportApi, type ImageKind } from './ExportActions.tsx';
import { PNG_SCALE, type PngScale } from './pngScale.ts';
import { DataReleaseContext } from './releaseContext.ts';
import { FrameCaptureContext } from './capture.ts';
import type { FrameTexts } from './frameImage.layout.ts';
import { legendEntries } from './legendEntries.ts';
import { ChartSizeContext } from '../kit/ChartSvg.tsx';
import { Legend } from './Legend.tsx';
import { latestAsOf, ReleaseLine } from './ReleaseLine.tsx';

export interface ChartFrameProps {
  title: string;
  subtitle: string;
  notices?: readonly string[];
  points: readonly DataPoint[];
  sources: readonly Source[];
  formatValue: (p: DataPoint) => string;
  /** File name of the CSV when `chart` is absent. */
  csvName: string;
  /** The chart's id (its view name, as in the embed path): downloads are `compute-atlas-<chart>-<lang>.*`. */
  chart?: string;
  /** The chart's generated description (as given to the chart); a generic one is made from the points without it. */
  altText?: string;
  lang: Lang;
  m: Messages;
  hideTitle?: boolean;
  /** The chart draws its own key (categories and how it draws confidence), so the frame shows none. */
  hideLegend?: boolean;
  /** Extra actions (share, embed) the dashboard adds; an embed passes its own. */
  actions?: ReactNode;
  /** Said in place of the chart when there is nothing to draw (a filter that leaves no mark). */
  empty?: string;
  children: (width: number) => ReactNode;
}

/**
 * The frame props a panel passes from its own props, not from its chart: language, messages,
 * the host's actions and the view's "hide the title" switch (`<ChartFrame {...frameProps(props)} …>`),
 * so every panel passes them alike. It lives here, not in panelProps.ts, so that it ships in the
 * chunk every panel already loads instead of a chunk of its own (one more request per page).
 */
export function frameProps(p: { lang: Lang; m: Messages; state: { hideTitle: boolean }; actions?: ReactNode }): Pick<ChartFrameProps, 'lang' | 'm' | 'hideTitle' | 'actions'> {
  return { lang: p.lang, m: p.m, hideTitle: p.state.hideTitle, actions: p.actions };
}

/** Drawn only when the reader opens it, so its code loads on that click, not with the page. */
const DataTable = lazy(() => import('./DataTable.tsx').then((x) => ({ default: x.DataTable })));

const MAX_SOURCES_IN_LINE = 4;
/** What the HTML frame adds to the image's layout: a row of actions, gaps, border; the embed's "open" line. */
const ACTIONS_PX = 36;
const HTML_GAPS_PX = 3 * 12 + 2;
const EMBED_LINK_PX = 28;

export function ChartFrame(p: ChartFrameProps) {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>();
  const figure = useRef<HTMLElement>(null);
  const [isTableOpen, setTableOpen] = useState(false);
  const capture = useContext(FrameCaptureContext);
  const release = useContext(DataReleaseContext);
  const draw = (w: number) => (p.empty !== undefined ? <p className="py-6 text-sm">{p.empty}</p> : p.children(w));
  // The size of each chart drawn in the frame, from its layout (ChartSvg reports it).
  const chartSizes = useRef(new Map<string, { width: number; height: number }>());
  const reportSize = useCallback((uid: string, size: { width: number; height: number } | null) => {
    if (size) chartSizes.current.set(uid, size);
    else chartSizes.current.delete(uid);
  }, []);
  const legend = p.hideLegend ? [] : legendEntries(p.points, p.m);
  const shown = p.sources.slice(0, MAX_SOURCES_IN_LINE);
  const more = p.sources.length > shown.length ? ` ${p.m.moreSources(p.sources.length - shown.length)}` : '';
  const fileBase = p.chart ? `compute-atlas-${p.chart}-${p.lang}` : p.csvName;
  const altText = p.altText ?? frameAltText(p);
  // The newest as-of date of the figures shown: the release line on screen and the image's data line say the same.
  const upTo = latestAsOf(p.points);
  const texts: FrameTexts = {
    title: p.title,
    showTitle: !p.hideTitle,
    subtitle: p.subtitle,
    notices: p.notices ?? [],
    sourceLine: `${p.m.sourcesLine}: ${shown.map((s) => s.title).join(', ')}${more}.`,
    // The same date as the release line under the chart on screen: the newest of the figures shown.
    ...(release ? { dataLine: p.m.publish.dataLine(release.id, upTo ? formatDate(upTo, p.lang) : null) } : {}),
  };

  if (capture) {
    capture({ texts, altText, legend, chart: draw(width) });
    return null;
  }

  // The download code loads on the first click (the dashboard's first load doesn't carry it); the click still downloads.
  const downloadCsv = () => {
    const csv = toCsv(p.points);
    void import('./exportPng.ts').then(({ downloadBlob }) => downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${fileBase}.csv`));
  };

  const api: ChartExportApi = {
    title: p.title,
    altText,
    sourceIds: p.sources.map((s) => s.id),
    async embedHeight(hideTitle) {
      // The image's layout of the same texts and charts, plus what only the page has.
      const [{ layoutFrameImage }, { approxMeasure }] = await Promise.all([import('./frameImage.layout.ts'), import('./textLayout.ts')]);
      const frame = layoutFrameImage({ ...texts, showTitle: !hideTitle }, legend, [...chartSizes.current.values()], approxMeasure);
      const h = frame.height + ACTIONS_PX + HTML_GAPS_PX + EMBED_LINK_PX;
      return Math.min(3000, Math.max(200, Math.ceil(h / 10) * 10));
    },
    async downloadImage(kind: ImageKind, scale: PngScale = PNG_SCALE) {
      if (!figure.current) return false;
      try {
        // Loaded on the first download: the dashboard's first load carries no server renderer.
        const [{ renderFrameImage }, { browserImageEnv }, { downloadBlob, pngFileName, svgToPng }] = await Promise.all([
          import('./FrameImage.tsx'),
          import('./browserEnv.ts'),
          import('./exportPng.ts'),
        ]);
        const image = renderFrameImage(
          { texts: { ...texts, credit: p.m.export.credit(p.m.appName) }, altText, legend, chart: draw(width) },
          browserImageEnv(figure.current),
        );
        if (!image) return false;
        if (kind === 'svg') downloadBlob(new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' }), `${fileBase}.svg`);
        else downloadBlob(await svgToPng({ text: image.svg, width: image.width, height: image.height }, scale), pngFileName(fileBase, scale));
        return true;
      } catch {
        return false;
      }
    },
  };

  return (
    <ChartExportContext.Provider value={api}>
      <ChartSizeContext value={reportSize}>
      <figure ref={figure} className="m-0 flex flex-col gap-3 rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] p-3 sm:p-4">
        {!p.hideTitle && (
          <header>
            <h2 className="text-lg font-semibold leading-tight">{p.title}</h2>
            <p className="text-sm text-[var(--c-muted)]">{p.subtitle}</p>
          </header>
        )}
        {p.notices?.map((n) => (
          <p key={n} role="note" className="rounded-md bg-[var(--c-warn-bg)] px-3 py-2 text-sm text-[var(--c-warn-text)]">
            {n}
          </p>
        ))}
        {/* A chart whose figures carry no confidence to explain (the clusters, drawn by Epoch's certainty) has no such legend: not even its heading. */}
        {legend.length > 0 && <Legend entries={legend} m={p.m} />}
        <div ref={ref} className="w-full min-w-0">
          {draw(width)}
        </div>
        {p.sources.length > 0 && (
        <figcaption className="text-xs text-[var(--c-muted)]">
          {p.m.sourcesLine}:{' '}
          {shown.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              {s.url ? (
                <a className="underline" href={s.url} rel="noopener noreferrer" target="_blank">{s.title}</a>
              ) : (
                s.title
              )}
            </span>
          ))}
          {more}.
        </figcaption>
        )}
        <ReleaseLine points={p.points} upTo={upTo} lang={p.lang} m={p.m} />
        <div data-frame-actions="" className="flex flex-wrap items-center gap-2">
          <button type="button" className="btn" aria-expanded={isTableOpen} onClick={() => setTableOpen((o) => !o)}>
            {p.m.showTable}
          </button>
          <ExportActions api={api} onCsv={downloadCsv} m={p.m} />
          {p.actions}
          <AltTextDisclosure text={altText} m={p.m} />
        </div>
        {isTableOpen && (
          <div data-frame-table="">
            <Suspense fallback={null}>
              <DataTable points={p.points} title={p.title} formatValue={p.formatValue} lang={p.lang} m={p.m} />
            </Suspense>
          </div>
        )}
      </figure>
      </ChartSizeContext>
    </ChartExportContext.Provider>
  );
}
