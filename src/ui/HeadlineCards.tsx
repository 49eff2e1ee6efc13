/**
 * The seed post's comparisons as large ratio cards, computed from `data/comparisons.json`.
 * Each shows both values with units, dates and confidence, the warnings that make the two
 * sides unlike, other reports of B's figure when the data lists them, and a disclosure with
 * the sources. Folded (`folded`), the section is one line, the ratios and what they compare, that
 * opens to the same cards: a visit that came for another view sees that view's chart first.
 */
import type { Dataset } from '../data/schema.ts';
import { indexDataset } from '../data/indexes.ts';
import { formatDate, formatMoneyLong, formatNumber, formatRatio, formatSignificant, type Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { computeComparison, type ComputedComparison, type ComparisonSide } from '../metrics/comparisons.ts';
import { corroborationOf, type Corroboration as CorroborationData } from '../metrics/corroboration.ts';
import { warningTexts } from '../charts/views/compare/compare.warnings.ts';
import { currencyOf } from '../metrics/currency.ts';
import { isolate, stripIsolates } from '../data/text.ts';
import { subjectIn } from '../data/labels.ts';
import { Isolated } from '../charts/Isolated.tsx';

function comparisonSentence(c: ComputedComparison, lang: Lang, m: Messages): string {
  const r = formatSignificant(c.ratio.value, lang);
  if (c.metric === 'accelerators')
    return m.ratioGpus(
      isolate(c.a.name),
      formatNumber(c.a.value, lang),
      isolate(c.a.hardware?.shortName ?? ''),
      r,
      isolate(c.b.name),
      formatNumber(c.b.value, lang),
      isolate(c.b.hardware?.shortName ?? ''),
    );
  const cur = currencyOf(c.a.figure);
  return m.ratioMoney(isolate(c.a.name), formatMoneyLong(c.a.value, cur, lang), r, isolate(c.b.name), formatMoneyLong(c.b.figure.value, currencyOf(c.b.figure), lang));
}

/** Other reports of B's figure, their span, and whether any primary document states it. */
function Corroboration({ dataset, co, b, lang, m }: { dataset: Dataset; co: CorroborationData; b: ComparisonSide; lang: Lang; m: Messages }) {
  const cur = currencyOf(b.figure);
  return (
    <>
      <ul className="text-sm">
        {co.others.map((o) => (
          <li key={o.id}>
            <span className="text-[var(--c-muted)]">{m.corroboratedBy}: </span>
            <span className="font-semibold">{o.name}</span>: {formatMoneyLong(o.figure.value, cur, lang)}
            <span className="text-[var(--c-muted)]">
              {' '}
              · {formatDate(o.figure.asOf, lang)} · {m.confidences[o.figure.confidence]} · {indexDataset(dataset).sourceById.get(o.figure.source)?.publisher}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm">{m.reportedRange(formatMoneyLong(co.low, cur, lang), co.low === co.high ? null : formatMoneyLong(co.high, cur, lang))}</p>
      {co.hasNoPrimary && (
        <p role="note" className="rounded-md bg-[var(--c-warn-bg)] px-2 py-1 text-xs text-[var(--c-warn-text)]">
          ⚠ {m.noPrimary(b.money ? subjectIn(b.money, lang) : b.name)}
        </p>
      )}
    </>
  );
}

function SideLine({ side, c, lang, m }: { side: ComparisonSide; c: ComputedComparison; lang: Lang; m: Messages }) {
  const value =
    c.metric === 'accelerators'
      ? <>{formatNumber(side.figure.value, lang)} <bdi>{side.hardware?.shortName}</bdi></>
      : formatMoneyLong(side.figure.value, currencyOf(side.figure), lang);
  const scope = side.money ? ` · ${m.scopes[side.money.scope]}` : '';
  return (
    <li>
      <bdi className="font-semibold">{side.name}</bdi>: {value}
      <span className="text-[var(--c-muted)]">
        {' '}
        · {formatDate(side.figure.asOf, lang)} · {m.confidences[side.figure.confidence]}
        {scope}
      </span>
    </li>
  );
}

export function HeadlineCards({ dataset, lang, m, folded = false }: { dataset: Dataset; lang: Lang; m: Messages; folded?: boolean }) {
  const cards = dataset.comparisons.map((c) => computeComparison(dataset, c, lang)).filter((c): c is ComputedComparison => c !== null);
  const grid = <Cards dataset={dataset} cards={cards} lang={lang} m={m} />;
  if (!folded)
    return (
      <section aria-labelledby="headline-title" className="flex flex-col gap-3">
        <h2 id="headline-title" className="text-base font-semibold">{m.headlineTitle}</h2>
        {grid}
      </section>
    );
  return (
    <section aria-labelledby="headline-title">
      {/* The heading outside the summary: a summary reads as a button, whose contents a screen reader may flatten. */}
      <h2 id="headline-title" className="sr-only">{m.headlineTitle}</h2>
      <details className="rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] open:border-transparent open:bg-transparent">
        <summary className="cursor-pointer px-3 py-2 text-sm">
          <span aria-hidden="true" className="font-semibold">{m.headlineTitle}</span>
          {cards.map((c, i) => (
            <span key={c.id}>
              <span aria-hidden="true">{' · '}</span>
              {i > 0 && <span className="sr-only">; </span>}
              <span className="font-bold tabular-nums text-[var(--c-accent)]">{formatRatio(c.ratio.value, lang)}</span>{' '}
              <Isolated text={m.headlinePair(isolate(c.a.name), isolate(c.b.name))} />
            </span>
          ))}
        </summary>
        <div className="pt-1">{grid}</div>
      </details>
    </section>
  );
}

function Cards({ dataset, cards, lang, m }: { dataset: Dataset; cards: readonly ComputedComparison[]; lang: Lang; m: Messages }) {
  const { sourceById } = indexDataset(dataset);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {cards.map((c) => {
        const sentence = comparisonSentence(c, lang, m);
        const row = dataset.comparisons.find((x) => x.id === c.id);
        const co = row ? corroborationOf(dataset, row, lang) : null;
        const sourced = [...[c.a, c.b].map((s) => ({ id: s.id, name: s.name, figure: s.figure })), ...(co?.others ?? [])];
        return (
          <article key={c.id} className="flex flex-col gap-2 rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] p-4" aria-label={stripIsolates(sentence)}>
            <p className="text-4xl font-bold tabular-nums text-[var(--c-accent)]" aria-hidden="true">
              {formatRatio(c.ratio.value, lang)}
            </p>
            <p className="text-sm"><Isolated text={sentence} /></p>
            <ul className="text-sm">
              <SideLine side={c.a} c={c} lang={lang} m={m} />
              <SideLine side={c.b} c={c} lang={lang} m={m} />
            </ul>
            {co && <Corroboration dataset={dataset} co={co} b={c.b} lang={lang} m={m} />}
            {warningTexts(c, lang, m).map((w) => (
              <p key={w} role="note" className="rounded-md bg-[var(--c-warn-bg)] px-2 py-1 text-xs text-[var(--c-warn-text)]">
                ⚠ {w}
              </p>
            ))}
            <details className="text-xs">
              <summary className="cursor-pointer py-1 font-medium text-[var(--c-accent)] underline">{m.whyThisNumber}</summary>
              <ul className="mt-1 flex flex-col gap-1">
                {sourced.map((s) => {
                  const src = sourceById.get(s.figure.source);
                  return (
                    <li key={s.id}>
                      <bdi className="font-semibold">{s.name}</bdi>:{' '}
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
  );
}
