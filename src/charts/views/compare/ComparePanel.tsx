/**
 * Compare any two: the ratio sentence, both sides with their sources, and a unit chart, in the
 * shared ChartFrame (warnings as notices, both sides as table rows and CSV). Embeddable like
 * GpusPanel: everything comes from the dataset and the view state.
 */
import { Isolated } from '../../Isolated.tsx';
import { useId, useMemo } from 'react';
import type { Dataset } from '../../../data/schema.ts';
import { formatDate, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { useWorldEntities } from '../world/useWorldEntities.ts';
import { compareEntities, type CompareResult, type ComputedComparison } from '../../../metrics/comparisons.ts';
import type { UpdateView } from '../../../view/useViewState.ts';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import { pointDetails, pointSources, type DataPoint } from '../../frame/dataPoint.ts';
import {
  compareDescription,
  comparePoints,
  entityName,
  ratioFigure,
  ratioSentences,
  resolvePair,
  sideValueText,
  unitText,
  waffleUnit,
  warningTexts,
} from './compare.series.ts';
import type { PanelProps } from '../../panelProps.ts';
import { squareCount } from '../../kinds/waffle.layout.ts';
import { WaffleChart, type WaffleSide } from '../../kinds/WaffleChart.tsx';

/** The seed post's comparisons (data/comparisons.json), one click each. */
export function PresetButtons({ dataset, a, b, update, lang, m }: { dataset: Dataset; a: string | null; b: string | null; update: UpdateView; lang: Lang; m: Messages }) {
  return (
    <div role="group" aria-label={m.compare.presets} className="flex flex-wrap gap-2">
      {dataset.comparisons.map((p) => (
        <button
          key={p.id}
          type="button"
          className="btn aria-[pressed=true]:border-[var(--c-accent)] aria-[pressed=true]:text-[var(--c-accent)]"
          aria-pressed={p.a === a && p.b === b}
          onClick={() => update({ compareA: p.a, compareB: p.b, ...(p.metric === 'accelerators' ? { metric: 'accelerators' as const } : {}) }, 'push')}
        >
          {m.compare.presetLabel(entityName(dataset, p.a, lang), entityName(dataset, p.b, lang))}
        </button>
      ))}
    </div>
  );
}

function noComparisonText(d: Dataset, a: string | null, b: string | null, r: Extract<CompareResult, { ok: false }>, lang: Lang, m: Messages): string {
  const na = a ? entityName(d, a, lang) : '?';
  const nb = b ? entityName(d, b, lang) : '?';
  if (r.reason === 'different-kinds' && r.a && r.b) return m.compare.none.differentKinds(na, m.compare.none.kinds[r.a], nb, m.compare.none.kinds[r.b]);
  if (r.reason === 'no-value' && a && b) {
    const lacking = [a, b].filter((id) => !compareEntities(d, id, id, lang).ok);
    if (lacking.length) return lacking.map((id) => m.compare.none.missing(entityName(d, id, lang))).join(' ');
    return m.compare.none.noShared(na, nb);
  }
  return m.compare.none.missing(a && !r.a ? na : nb);
}

function sideLines(c: ComputedComparison, key: 'a' | 'b', unit: number, lang: Lang, m: Messages): string[] {
  const s = c[key];
  const kindOf = s.hardware?.shortName ?? (s.money ? m.scopes[s.money.scope] : undefined) ?? (s.model ? s.model.developer : '');
  return [`${key.toUpperCase()} · ${s.name}`, `${sideValueText(s, c, lang, m)} = ${m.compare.squares(squareCount(s.value, unit))}`, kindOf];
}

function SideList({ c, points, lang, m }: { c: ComputedComparison; points: readonly DataPoint[]; lang: Lang; m: Messages }) {
  return (
    <ul className="grid gap-2 text-sm sm:grid-cols-2">
      {(['a', 'b'] as const).map((key, i) => {
        const s = c[key];
        const p = points[i]!;
        const facts = p.columns.filter((e) => e.key !== 'side').map((e) => e.value);
        return (
          <li key={key} className="rounded-md border border-[var(--c-grid)] px-3 py-2">
            <span className="font-semibold">{key.toUpperCase()} · {s.money ? p.name : s.name}</span>
            <span className="block tabular-nums">{sideValueText(s, c, lang, m, true)}</span>
            <span className="block text-[var(--c-muted)]">
              {[...facts, formatDate(s.asOf, lang), m.confidences[s.confidence]].join(' · ')}
            </span>
            <span className="block text-xs text-[var(--c-muted)]">
              {m.detail.source}:{' '}
              {p.sources.map((src, j) => (
                <span key={src.id}>
                  {j > 0 && '; '}
                  {src.url ? <a className="underline" href={src.url} rel="noopener noreferrer" target="_blank">{src.title}</a> : src.title}
                </span>
              ))}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function ComparePanel(props: PanelProps) {
  const { lang, m, update } = props;
  // Any Epoch cluster or model too: the dataset grows by the entities the URL names.
  const { dataset, state } = useWorldEntities(props.dataset, props.state, lang);
  const { a, b } = resolvePair(dataset, state.compareA, state.compareB);
  const result = useMemo(() => (a && b ? compareEntities(dataset, a, b, lang, state.metric) : ({ ok: false, reason: 'unknown-entity' } as const)), [dataset, a, b, state.metric, lang]);
  const c = result.ok ? result.comparison : null;
  const points = useMemo(() => (c ? comparePoints(dataset, c, lang, m) : []), [dataset, c, lang, m]);
  const noneId = useId();

  if (!result.ok || !c)
    return (
      <section aria-labelledby={noneId} className="flex flex-col gap-3 rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] p-4">
        <h2 id={noneId} className="text-lg font-semibold">{m.compare.none.title}</h2>
        <p role="status">{result.ok ? '' : noComparisonText(dataset, a, b, result, lang, m)}</p>
        {update && dataset.comparisons.length > 0 && (
          <>
            <p className="text-sm">{m.compare.none.tryPreset}</p>
            <PresetButtons dataset={dataset} a={a} b={b} update={update} lang={lang} m={m} />
          </>
        )}
      </section>
    );

  const unit = waffleUnit(c);
  const unitLabel = m.compare.unitLine(unitText(unit, c, lang, m));
  const title = m.compare.title(c.a.name, c.b.name);
  const description = compareDescription(c, unit, lang, m);
  const side = (key: 'a' | 'b', i: number): WaffleSide => {
    const s = c[key];
    const p = points[i]!;
    const lines = sideLines(c, key, unit, lang, m);
    return {
      id: s.id,
      value: s.value,
      high: s.high,
      lines: lines.filter((l, j) => j < 2 || l),
      confidence: s.confidence,
      ariaLabel: `${lines.filter(Boolean).join(', ')}, ${m.confidences[s.confidence].toLowerCase()}, ${formatDate(s.asOf, lang)}, ${p.sources.map((x) => x.publisher).join('; ')}`,
      details: pointDetails(p, sideValueText(s, c, lang, m, true), lang, m),
    };
  };
  const sides: [WaffleSide, WaffleSide] = [side('a', 0), side('b', 1)];

  return (
    <ChartFrame
      title={title}
      subtitle={m.compare.subtitle(m.compare.measureOf[c.metric], unitLabel)}
      notices={warningTexts(c, lang, m).map((w) => `⚠ ${w}`)}
      points={points}
      sources={pointSources(points)}
      formatValue={(p) => sideValueText(p === points[0] ? c.a : c.b, c, lang, m, true)}
      csvName={`compute-atlas-compare-${c.a.id}-vs-${c.b.id}`}
      chart="compare"
      altText={description}
      {...frameProps(props)}
    >
      {(width) => (
        <div className="flex flex-col gap-3">
          <div>
            {ratioSentences(c, lang, m).map((s, i) => (
              <p key={s} className={i === 0 ? 'text-base font-medium' : 'text-sm text-[var(--c-muted)]'}><Isolated text={s} /></p>
            ))}
          </div>
          <WaffleChart sides={sides} unit={unit} unitLabel={unitLabel} width={width} title={title} description={description} headline={ratioFigure(c, lang)} />
          <SideList c={c} points={points} lang={lang} m={m} />
        </div>
      )}
    </ChartFrame>
  );
}
