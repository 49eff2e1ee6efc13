import { useMemo, type ReactNode } from 'react';
import type { Dataset } from '../data/schema.ts';
import { BarChart } from '../charts/BarChart.tsx';
import { ChartFrame } from '../charts/ChartFrame.tsx';
import { pointSources } from '../charts/chartData.ts';
import { distinctScopes, moneyDescription, moneyPoints, moneyRows, type MoneyOptions } from '../charts/money.series.ts';
import { formatDate, formatMoneyLong, formatMoneyShort, type Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { Segmented } from '../ui/controls.tsx';
import { CURRENCIES, SCALES, type ViewState } from '../view/viewState.ts';
import type { UpdateView } from '../view/useViewState.ts';

export function MoneyView({ dataset, state, update, lang, m, actions }: { dataset: Dataset; state: ViewState; update: UpdateView; lang: Lang; m: Messages; actions?: ReactNode }) {
  const currency = state.currency === 'usd' ? 'USD' : 'EUR';
  const options: MoneyOptions = { currency, ids: state.ids, highlight: state.highlight };
  const points = useMemo(() => moneyPoints(dataset, options, lang, m), [dataset, state, lang, m]);
  const rows = useMemo(() => moneyRows(dataset, points, options, lang, m), [points, state, lang, m]);
  const scopes = distinctScopes(points);
  const rateDates = [...new Set(points.flatMap((p) => (p.rateDate ? [p.rateDate] : [])))].sort();
  const notices = [
    ...(scopes.length > 1 ? [m.mixedScopes(scopes.map((s) => m.scopes[s]).join(', '))] : []),
    ...(rateDates.length ? [m.convertedAt(rateDates.map((d) => formatDate(d, lang)).join(', '))] : []),
  ];
  const curLabel = currency === 'EUR' ? '€' : 'US$';

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2" role="group" aria-label={m.views.money}>
        <Segmented legend={m.currency} options={CURRENCIES.map((v) => ({ value: v, label: v.toUpperCase() }))} value={state.currency} onChange={(c) => update({ currency: c }, 'push')} />
        <Segmented legend={m.scale} options={SCALES.map((v) => ({ value: v, label: m.scales[v] }))} value={state.scale} onChange={(scale) => update({ scale }, 'push')} />
      </div>
      <ChartFrame
        title={m.moneyTitle}
        subtitle={m.moneySubtitle(curLabel, points.length)}
        notices={notices}
        points={points}
        sources={pointSources(points)}
        formatValue={(p) => formatMoneyLong(p.value, currency, lang)}
        csvName={`compute-atlas-money-${state.currency}`}
        lang={lang}
        m={m}
        actions={actions}
      >
        {(width) => (
          <BarChart
            rows={rows}
            width={width}
            scale={state.scale}
            formatTick={(v) => formatMoneyShort(v, currency, lang)}
            title={m.moneyTitle}
            description={moneyDescription(points, options, lang, m)}
            axisLabel={curLabel}
            onSelect={(id) => update({ highlight: id === state.highlight ? null : id }, 'replace')}
          />
        )}
      </ChartFrame>
    </div>
  );
}
