/** Every figure in the dataset, grouped by source, with links, and how to cite the dataset. */
import { useMemo } from 'react';
import type { Dataset } from '../data/schema.ts';
import { collectFigures, type FigureRef } from '../data/figures.ts';
import { formatDate, formatUnitValue, type Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import type { ViewState } from '../view/viewState.ts';
import { EpochSources } from './EpochSources.tsx';
import { ReleaseLog } from './ReleaseLog.tsx';
import { figureFieldName } from '../i18n/figureField.ts';

export interface SourcesPanelProps {
  dataset: Dataset;
  lang: Lang;
  m: Messages;
  highlight: string | null;
  /** For the changelog: where the site's files are, and links to a view of a release. */
  base: string;
  hrefFor: (patch: Partial<ViewState>) => string;
}

export function SourcesPanel({ dataset, lang, m, highlight, base, hrefFor }: SourcesPanelProps) {
  const figures = useMemo(() => collectFigures(dataset, lang), [dataset, lang]);
  const bySource = useMemo(() => {
    const g = new Map<string, FigureRef[]>();
    for (const f of figures) g.set(f.figure.source, [...(g.get(f.figure.source) ?? []), f]);
    return g;
  }, [figures]);
  const events = dataset.events;

  return (
    <section aria-labelledby="sources-title" className="flex flex-col gap-4">
      <header>
        <h2 id="sources-title" className="text-lg font-semibold">{m.sourcesTitle}</h2>
        <p className="text-sm text-[var(--c-muted)]">{m.sourcesIntro(dataset.sources.length, figures.length)}</p>
      </header>
      <ReleaseLog base={base} selected={dataset.release ?? null} hrefFor={hrefFor} lang={lang} m={m} />
      <ol className="flex flex-col gap-3">
        {dataset.sources.map((s) => {
          const rows = bySource.get(s.id) ?? [];
          const eventCount = events.filter((e) => e.source === s.id).length;
          return (
            <li key={s.id} id={`source-${s.id}`} className="rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] p-3">
              <h3 className="text-sm font-semibold">
                {s.url ? (
                  <a className="underline" href={s.url} rel="noopener noreferrer" target="_blank">{s.title}</a>
                ) : (
                  s.title
                )}
              </h3>
              <p className="text-xs text-[var(--c-muted)]">
                {s.publisher} · {formatDate(s.date, lang)}
                {s.via && ` · ${m.viaMirror} ${s.via}`} · {m.figuresFrom(rows.length + eventCount)}
              </p>
              {rows.length > 0 && (
                <details className="mt-1 text-xs" open={rows.some((r) => r.entityId === highlight)}>
                  <summary className="cursor-pointer">{m.figuresFrom(rows.length)}</summary>
                  <ul className="mt-1 flex flex-col gap-0.5">
                    {rows.map((r) => (
                      <li key={`${r.entityId}-${r.field}`} className={r.entityId === highlight ? 'font-semibold' : undefined}>
                        {r.entityName} · <span className="text-[var(--c-muted)]">{figureFieldName(r.field, m, lang)}</span>:{' '}
                        {formatUnitValue(r.figure.value, r.figure.unit, lang)} · {formatDate(r.figure.asOf, lang)} ·{' '}
                        {m.confidences[r.figure.confidence]}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ol>
      <EpochSources lang={lang} />
      <section aria-labelledby="cite-title" className="rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] p-3 text-sm">
        <h3 id="cite-title" className="font-semibold">{m.citeTitle}</h3>
        <p>{m.cite(dataset.version)}</p>
      </section>
    </section>
  );
}
