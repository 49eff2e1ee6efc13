/**
 * The seed post's comparisons as large ratio cards, computed from `data/comparisons.json`.
 * Each shows both values with units, dates and confidence, the warnings that make the two
 * sides unlike, and a disclosure with the sources.
 */
import type { Dataset } from '../data/schema.ts';
import { indexDataset } from '../data/indexes.ts';
import { formatDate, formatMoneyLong, formatNumber, formatRatio, formatSignificant, type Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { computeComparison, type ComputedComparison, type ComparisonSide } from '../metrics/comparisons.ts';
import { warningTexts } from '../charts/views/compare/compare.series.ts';
import { currencyOf } from '../metrics/currency.ts';

function comparisonSentence(c: ComputedComparison, lang: Lang, m: Messages): string {
  const r = formatSignificant(c.ratio.value, lang);
  if (c.metric === 'accelerators')
    return m.ratioGpus(
      c.a.name,
      formatNumber(c.a.value, lang),
      c.a.hardware?.shortName ?? '',
      r,
      c.b.name,
      formatNumber(c.b.value, lang),
      c.b.hardware?.shortName ?? '',
    );
  const cur = currencyOf(c.a.figure);
  return m.ratioMoney(c.a.name, formatMoneyLong(c.a.value, cur, lang), r, c.b.name, formatMoneyLong(c.b.figure.value, currencyOf(c.b.figure), lang));
}

function SideLine({ side, c, lang, m }: { side: ComparisonSide; c: ComputedComparison; lang: Lang; m: Messages }) {
  const value =
    c.metric === 'accelerators'
      ? `${formatNumber(side.figure.value, lang)} ${side.hardware?.shortName ?? ''}`
      : formatMoneyLong(side.figure.value, currencyOf(side.figure), lang);
  const scope = side.money ? ` · ${m.scopes[side.money.scope]}` : '';
  return (
    <li>
      <span className="font-semibold">{side.name}</span>: {value}
      <span className="text-[var(--c-muted)]">
        {' '}
        · {formatDate(side.figure.asOf, lang)} · {m.confidences[side.figure.confidence]}
        {scope}
      </span>
    </li>
  );
}

export function HeadlineCards({ dataset, lang, m }: { dataset: Dataset; lang: Lang; m: Messages }) {
  const { sourceById } = indexDataset(dataset);
  const cards = dataset.comparisons.map((c) => computeComparison(dataset, c)).filter((c): c is ComputedComparison => c !== null);
  return (
    <section aria-labelledby="headline-title" className="flex flex-col gap-3">
      <h2 id="headline-title" className="text-base font-semibold">{m.headlineTitle}</h2>
      <div className="grid gap-3 md:grid-cols-2">
        {cards.map((c) => {
          const sentence = comparisonSentence(c, lang, m);
          return (
            <article key={c.id} className="flex flex-col gap-2 rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] p-4" aria-label={sentence}>
              <p className="text-4xl font-bold tabular-nums text-[var(--c-accent)]" aria-hidden="true">
                {formatRatio(c.ratio.value, lang)}
              </p>
              <p className="text-sm">{sentence}</p>
              <ul className="text-sm">
                <SideLine side={c.a} c={c} lang={lang} m={m} />
                <SideLine side={c.b} c={c} lang={lang} m={m} />
              </ul>
              {warningTexts(c, lang, m).map((w) => (
                <p key={w} role="note" className="rounded-md bg-[var(--c-warn-bg)] px-2 py-1 text-xs text-[var(--c-warn-text)]">
                  ⚠ {w}
                </p>
              ))}
              <details className="text-xs">
                <summary className="cursor-pointer font-medium text-[var(--c-accent)] underline">{m.whyThisNumber}</summary>
                <ul className="mt-1 flex flex-col gap-1">
                  {[c.a, c.b].map((s) => {
                    const src = sourceById.get(s.figure.source);
                    return (
                      <li key={s.id}>
                        <span className="font-semibold">{s.name}</span>:{' '}
                        {src?.url ? (
                          <a className="underline" href={src.url} rel="noopener noreferrer" target="_blank">{src.title}</a>
                        ) : (
                          src?.title
                        )}
                        {src && ` (${src.publisher}, ${formatDate(src.date, lang)})`}
                        {s.figure.note && <span className="block text-[var(--c-muted)]">{s.figure.note}</span>}
                      </li>
                    );
                  })}
                </ul>
              </details>
            </article>
          );
        })}
      </div>
    </section>
  );
}
