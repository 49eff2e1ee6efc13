/**
 * The what-if calculator's frame: the answer as a sentence, days / cost / energy each with its
 * formula, what is assumed and why, a bar chart of days (the hypothetical bar marked), every
 * input with its source, and the conversion table. No controls: the view (or an embed's URL)
 * sets the inputs, so this panel embeds like any other.
 */
import { Isolated } from '../../Isolated.tsx';
import { useMemo } from 'react';
import { indexDataset } from '../../../data/indexes.ts';
import type { Source } from '../../../data/schema.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { useWorldEntities } from '../world/useWorldEntities.ts';
import { resolveWhatIf, type WhatIfResult } from '../../../metrics/trainingTime.ts';
import { BarChart } from '../../kinds/BarChart.tsx';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import { pointSources, type DataPoint } from '../../frame/dataPoint.ts';
import type { PanelProps } from '../../panelProps.ts';
import {
  conversionRows,
  figureText,
  itemPoint,
  whatifBarResults,
  whatifBars,
  whatifCost,
  whatifFormulas,
  whatifInput,
  whatifItems,
  whatifNotes,
  whatifSentence,
  type WhatIfItem,
} from './whatif.series.ts';

const cell = 'py-1 pr-3 align-top';

function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return sources.map((s, i) => (
    <span key={s.id}>
      {i > 0 && '; '}
      {s.url ? <a className="underline" href={s.url} rel="noopener noreferrer" target="_blank">{s.title}</a> : s.title}
    </span>
  ));
}

/** Everything the panel shows, from one resolved result (pure, memoised by the panel). */
function buildView(dataset: PanelProps['dataset'], state: PanelProps['state'], r: WhatIfResult, lang: PanelProps['lang'], m: Messages) {
  const cost = whatifCost(r, state.currency, dataset.rates);
  const items = whatifItems(r, cost, lang, m);
  const bars = whatifBarResults(dataset, whatifInput(state), r);
  const chart = whatifBars(dataset, bars, lang, m);
  const inputPoints = items.inputs.map((it) => itemPoint(dataset, it, [], m));
  const inputSources = pointSources(inputPoints);
  // Outputs first (what a reader looks for), then inputs, then the reference bars (the target's days is already an output).
  const points: DataPoint[] = [...items.outputs.map((it) => itemPoint(dataset, it, inputSources, m)), ...inputPoints, ...chart.points.slice(1)];
  const texts = new Map<string, string>([...items.outputs, ...items.inputs].map((it) => [it.id, it.text]));
  const sentence = whatifSentence(r, cost, lang, m);
  chart.points.forEach((p, i) => texts.set(p.id, chart.rows[i]!.valueLabel));
  return {
    items,
    chart,
    points,
    texts,
    sentence,
    description: m.whatif.alt(sentence, chart.rows.map((row) => `${row.label} ~${row.valueLabel}`).join('; ')),
    formulas: whatifFormulas(r, cost, lang, m),
    notes: whatifNotes(dataset, r, cost, lang, m),
    conversion: conversionRows(dataset, bars),
  };
}

export function WhatIfPanel(props: PanelProps) {
  const { lang, m } = props;
  // Any Epoch cluster or model too: the dataset grows by the entities the URL names.
  const { dataset, state } = useWorldEntities(props.dataset, props.state, lang);
  const w = m.whatif;
  const outcome = useMemo(() => resolveWhatIf(dataset, whatifInput(state)), [dataset, state]);
  const view = useMemo(() => (outcome.ok ? buildView(dataset, state, outcome, lang, m) : null), [dataset, state, outcome, lang, m]);

  const title = w.title(outcome.model?.name ?? '…');
  const problem = outcome.ok ? null : w.problems[outcome.problem](outcome.problem === 'no-compute' ? (outcome.model?.name ?? '') : (outcome.system?.shortName ?? ''));
  const byId = (id: string) => view?.items.outputs.find((it) => it.id === id);

  return (
    <ChartFrame
      title={title}
      subtitle={w.subtitle(outcome.system?.shortName ?? '…')}
      points={view?.points ?? []}
      sources={view ? pointSources(view.points) : []}
      formatValue={(p) => view?.texts.get(p.id) ?? String(p.value)}
      csvName={`compute-atlas-whatif-${outcome.model?.id ?? 'model'}-${outcome.system?.id ?? 'system'}`}
      chart="whatif"
      altText={view?.description ?? problem ?? undefined}
      {...frameProps(props)}
    >
      {(width) =>
        !view ? (
          <p role="status" className="py-4 text-sm">{problem}</p>
        ) : (
          // A container query, not a viewport one: the same panel sits in the dashboard and in narrower embeds.
          <div className="@container flex flex-col gap-4">
            {/* <output>: the calculator's result, announced politely when an input changes it. */}
            <output className="block text-base font-semibold leading-snug"><Isolated text={view.sentence} /></output>
            <dl className="grid gap-3 @3xl:grid-cols-3">
              <Result label={w.results.days} item={byId('days')} formulas={view.formulas.days} />
              <Result label={w.results.cost} item={byId('cost')} formulas={view.formulas.cost ? [view.formulas.cost] : []} fallback={w.noPrice} />
              <Result label={w.results.energy} item={byId('energy')} formulas={view.formulas.energy ? [view.formulas.energy] : []} fallback={w.noTdp} />
            </dl>
            {view.notes.length > 0 && (
              <ul className="flex list-disc flex-col gap-1 rounded-md bg-[var(--c-warn-bg)] py-2 pr-3 pl-7 text-sm text-[var(--c-warn-text)]">
                {view.notes.map((n) => <li key={n}>{n}</li>)}
              </ul>
            )}
            <p className="flex items-center gap-2 text-xs text-[var(--c-muted)]">
              {/* A CSS swatch, not an <svg>: image exports take every <svg> in the chart slot as a chart. */}
              <span aria-hidden="true" className="inline-block h-2.5 w-5 shrink-0 rounded-sm border-[1.5px] border-dashed border-[var(--c-text)] bg-[var(--c-hypothetical)]" />
              {w.hypotheticalLegend}
            </p>
            <BarChart
              rows={view.chart.rows}
              width={width}
              scale="linear"
              formatTick={(v) => formatNumber(v, lang, { maxFractionDigits: v < 10 ? 1 : 0 })}
              title={title}
              description={view.description}
              axisLabel={w.axis}
            />
            <How items={view.items.inputs} m={m} dataset={dataset} />
            <Conversion rows={view.conversion} m={m} lang={lang} />
          </div>
        )
      }
    </ChartFrame>
  );
}

function Result({ label, item, formulas, fallback }: { label: string; item: WhatIfItem | undefined; formulas: string[]; fallback?: string }) {
  return (
    <div className="flex flex-col gap-1 rounded-md border border-[var(--c-grid)] p-3">
      <dt className="text-xs font-semibold uppercase tracking-wide text-[var(--c-muted)]">{label}</dt>
      <dd className="text-xl font-bold tabular-nums">{item ? `~${item.text}` : '—'}</dd>
      <dd className="text-xs text-[var(--c-muted)] tabular-nums">
        {item ? formulas.map((f) => <span key={f} className="block">{f}</span>) : fallback}
      </dd>
    </div>
  );
}

function How({ items, m, dataset }: { items: readonly WhatIfItem[]; m: Messages; dataset: PanelProps['dataset'] }) {
  const { sourceById } = indexDataset(dataset);
  const w = m.whatif;
  return (
    <section aria-label={w.howTitle} className="flex flex-col gap-1">
      <h3 className="text-sm font-semibold">{w.howTitle}</h3>
      <ul className="flex flex-col gap-1.5 text-xs">
        {items.map((it) => {
          const source = it.figure ? sourceById.get(it.figure.source) : undefined;
          return (
            <li key={it.id}>
              <strong className="font-semibold">{it.label}</strong>: <span className="tabular-nums">{it.text}</span>
              {' · '}
              <span className="text-[var(--c-muted)]">
                {it.figure ? `${m.confidences[it.figure.confidence]}, ` : `${w.origins[it.origin]}`}
                {source && <SourceLinks sources={[source]} />}
                {it.note && ` — ${it.note}`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Conversion({ rows, m, lang }: { rows: ReturnType<typeof conversionRows>; m: Messages; lang: PanelProps['lang'] }) {
  const w = m.whatif;
  const c = w.conv;
  return (
    <section className="flex flex-col gap-1">
      <h3 className="text-sm font-semibold">{w.conversionTitle}</h3>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={w.conversionTitle}>
        <table className="w-full border-collapse text-left text-xs">
          <caption className="sr-only">{w.conversionTitle}</caption>
          <thead>
            <tr className="border-b border-[var(--c-grid)]">
              {[c.accelerator, c.role, c.bf16, c.fp8, c.tdp, c.confidence, c.source].map((h) => <th key={h} scope="col" className={cell}>{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ hardware: h, roles, sources }) => (
              <tr key={h.id} className="border-b border-[var(--c-grid)]">
                <th scope="row" className={`${cell} font-medium`}>{h.shortName}</th>
                <td className={cell}>{roles.map((r) => w.roles[r]).join(', ')}</td>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>{h.bf16DenseTflops ? figureText(h.bf16DenseTflops, lang) : w.notPublished}</td>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>{h.fp8DenseTflops ? figureText(h.fp8DenseTflops, lang) : w.noFp8}</td>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>{h.tdpW ? figureText(h.tdpW, lang) : w.notPublished}</td>
                <td className={cell}>{h.bf16DenseTflops ? m.confidences[h.bf16DenseTflops.confidence] : '—'}</td>
                <td className={`${cell} min-w-48`}><SourceLinks sources={sources} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
