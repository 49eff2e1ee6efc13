/**
 * The frame every chart shares, in the dashboard, the embed and exports: title, subtitle, the
 * chart (sized by measuring the frame), a legend, notices, a source line and actions. The
 * SVG and PNG downloads are composed from this frame's own DOM, so they match the screen.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Confidence, Source } from '../data/schema.ts';
import type { Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { useMeasuredWidth } from '../ui/useMeasuredWidth.ts';
import { frameAltText } from './altText.ts';
import { toCsv, type DataPoint } from './chartData.ts';
import { DataTable } from './DataTable.tsx';
import { AltTextDisclosure, ChartExportContext, ExportActions, type ChartExportApi, type ImageKind } from './ExportActions.tsx';
import { downloadBlob, svgToPng } from './exportPng.ts';
import { exportSvg } from './exportSvg.ts';
import { Legend } from './Legend.tsx';

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
  /** The chart's generated description (as given to the chart); a generic one is made without it. */
  altText?: string;
  lang: Lang;
  m: Messages;
  hideTitle?: boolean;
  /** Extra actions (share, embed) the dashboard adds; an embed passes its own. */
  actions?: ReactNode;
  children: (width: number) => ReactNode;
}

const MAX_SOURCES_IN_LINE = 4;
/** The embed adds an "open in Compute Atlas" line under the frame; a header is about this tall. */
const EMBED_LINK_PX = 28;
const HEADER_PX = 52;
const ACTIONS_PX = 36;

const heightOf = (el: Element | null | undefined) => el?.getBoundingClientRect().height ?? 0;

export function ChartFrame(p: ChartFrameProps) {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>();
  const figure = useRef<HTMLElement>(null);
  const legend = useRef<HTMLDivElement>(null);
  const [isTableOpen, setTableOpen] = useState(false);
  const present = (['official', 'reported', 'estimate', 'claim'] as const).filter((c: Confidence) =>
    p.points.some((x) => x.confidence === c),
  );
  const shown = p.sources.slice(0, MAX_SOURCES_IN_LINE);
  const more = p.sources.length > shown.length ? ` ${p.m.moreSources(p.sources.length - shown.length)}` : '';
  const fileBase = p.chart ? `compute-atlas-${p.chart}-${p.lang}` : p.csvName;
  // A panel that passes no altText still has its chart's generated <desc>: use that, then a generic one.
  const [chartDesc, setChartDesc] = useState<string>();
  useLayoutEffect(() => {
    if (p.altText !== undefined) return;
    const desc = ref.current?.querySelector('svg > desc')?.textContent?.trim() || undefined;
    setChartDesc((old) => (old === desc ? old : desc));
  });
  const altText = p.altText ?? chartDesc ?? frameAltText(p);

  const downloadCsv = () => downloadBlob(new Blob([toCsv(p.points)], { type: 'text/csv;charset=utf-8' }), `${fileBase}.csv`);

  const api: ChartExportApi = {
    title: p.title,
    altText,
    embedHeight(hideTitle) {
      const fig = figure.current;
      const measured = heightOf(fig);
      // Without layout (jsdom, a hidden tab) guess from the row count: bars are ~28 px apart.
      let h = measured > 0 ? measured : 180 + 28 * p.points.length;
      // What the reader opened here (the table, the alt text) is not in a fresh embed: one row of actions is.
      if (measured > 0) h -= heightOf(fig?.querySelector('[data-frame-actions]')) - ACTIONS_PX;
      if (measured > 0 && isTableOpen) h -= heightOf(fig?.querySelector('[data-frame-table]')) + 12;
      if (hideTitle && !p.hideTitle) h -= heightOf(fig?.querySelector(':scope > header')) || HEADER_PX;
      if (!hideTitle && p.hideTitle) h += HEADER_PX;
      return Math.min(3000, Math.max(200, Math.ceil((h + EMBED_LINK_PX) / 10) * 10));
    },
    async downloadImage(kind: ImageKind) {
      if (!ref.current) return false;
      try {
        const svg = exportSvg(
          { chart: ref.current, legend: legend.current },
          {
            title: p.title,
            showTitle: !p.hideTitle,
            subtitle: p.subtitle,
            notices: p.notices ?? [],
            sourceLine: `${p.m.sourcesLine}: ${shown.map((s) => s.title).join(', ')}${more}.`,
            credit: p.m.export.credit(p.m.appName),
            altText,
          },
        );
        if (!svg) return false;
        const blob = kind === 'svg' ? new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg);
        downloadBlob(blob, `${fileBase}.${kind}`);
        return true;
      } catch {
        return false;
      }
    },
  };

  return (
    <ChartExportContext.Provider value={api}>
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
        <div ref={legend}>
          <Legend present={present} hasRange={p.points.some((x) => x.high !== undefined)} m={p.m} />
        </div>
        <div ref={ref} className="w-full min-w-0">
          {p.children(width)}
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
            <DataTable points={p.points} title={p.title} formatValue={p.formatValue} lang={p.lang} m={p.m} />
          </div>
        )}
      </figure>
    </ChartExportContext.Provider>
  );
}
