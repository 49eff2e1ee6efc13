/**
 * The frame every chart shares, in the dashboard, the embed and exports: title, subtitle, the
 * chart (sized by measuring the frame), a legend, notices, a source line and actions.
 */
import { useState, type ReactNode } from 'react';
import type { Confidence, Source } from '../data/schema.ts';
import type { Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { useMeasuredWidth } from '../ui/useMeasuredWidth.ts';
import { toCsv, type DataPoint } from './chartData.ts';
import { DataTable } from './DataTable.tsx';
import { Legend } from './Legend.tsx';

export interface ChartFrameProps {
  title: string;
  subtitle: string;
  notices?: readonly string[];
  points: readonly DataPoint[];
  sources: readonly Source[];
  formatValue: (p: DataPoint) => string;
  csvName: string;
  lang: Lang;
  m: Messages;
  hideTitle?: boolean;
  /** Extra actions (share, embed) the dashboard adds; an embed passes its own. */
  actions?: ReactNode;
  children: (width: number) => ReactNode;
}

const MAX_SOURCES_IN_LINE = 4;

export function ChartFrame(p: ChartFrameProps) {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>();
  const [isTableOpen, setTableOpen] = useState(false);
  const present = (['official', 'reported', 'estimate', 'claim'] as const).filter((c: Confidence) =>
    p.points.some((x) => x.confidence === c),
  );
  const shown = p.sources.slice(0, MAX_SOURCES_IN_LINE);
  const downloadCsv = () => {
    const blob = new Blob([toCsv(p.points)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${p.csvName}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  };

  return (
    <figure className="m-0 flex flex-col gap-3 rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] p-3 sm:p-4">
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
      <Legend present={present} hasRange={p.points.some((x) => x.high !== undefined)} m={p.m} />
      <div ref={ref} className="w-full min-w-0">
        {p.children(width)}
      </div>
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
        {p.sources.length > shown.length && ` ${p.m.moreSources(p.sources.length - shown.length)}`}.
      </figcaption>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn" aria-expanded={isTableOpen} onClick={() => setTableOpen((o) => !o)}>
          {p.m.showTable}
        </button>
        <button type="button" className="btn" onClick={downloadCsv}>
          {p.m.downloadCsv}
        </button>
        {p.actions}
      </div>
      {isTableOpen && <DataTable points={p.points} title={p.title} formatValue={p.formatValue} lang={p.lang} m={p.m} />}
    </figure>
  );
}
