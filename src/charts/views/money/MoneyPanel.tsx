import { useMemo } from 'react';
import { formatDate, formatMoneyLong, formatMoneyShort, formatNumber } from '../../../i18n/format.ts';
import { BarChart } from '../../kinds/BarChart.tsx';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import { pointSources } from '../../frame/dataPoint.ts';
import { distinctScopes, moneyDescription, moneyPoints, moneyRows, type MoneyOptions } from './money.series.ts';
import type { PanelProps } from '../../panelProps.ts';

function moneyOptions(state: PanelProps['state']): MoneyOptions {
  return { currency: state.currency === 'usd' ? 'USD' : 'EUR', ids: state.ids, highlight: state.highlight };
}

export function MoneyPanel(props: PanelProps) {
  const { dataset, state, lang, m, update } = props;
  const options = moneyOptions(state);
  const { currency } = options;
  const points = useMemo(() => moneyPoints(dataset, options, lang, m), [dataset, state, lang, m]); // options derive from state
  const rows = useMemo(() => moneyRows(dataset, points, options, lang, m), [points, state, lang, m]);
  const scopes = distinctScopes(points);
  const rates = [...new Map(points.flatMap((p) => (p.rate ? [[p.rate.date, p.rate] as const] : []))).values()].sort((a, b) => a.date.localeCompare(b.date));
  const notices = [
    ...(scopes.length > 1 ? [m.mixedScopes(scopes.map((s) => m.scopes[s]).join(', '))] : []),
    ...(rates.length ? [m.rates.convertedAt(rates.map((r) => `${formatNumber(r.usdPerEur.value, lang, { maxFractionDigits: 4 })} (${formatDate(r.date, lang)})`).join(', '))] : []),
  ];
  const curLabel = currency === 'EUR' ? '€' : 'US$';
  const description = moneyDescription(points, options, lang, m);

  return (
    <ChartFrame
      title={m.moneyTitle}
      subtitle={m.moneySubtitle(curLabel, points.length)}
      notices={notices}
      points={points}
      sources={pointSources(points)}
      formatValue={(p) => formatMoneyLong(p.value, currency, lang)}
      csvName={`compute-atlas-money-${state.currency}`}
      chart="money"
      altText={description}
      {...frameProps(props)}
    >
      {(width) => (
        <BarChart
          rows={rows}
          width={width}
          scale={state.scale}
          formatTick={(v) => formatMoneyShort(v, currency, lang)}
          title={m.moneyTitle}
          description={description}
          axisLabel={curLabel}
          onSelect={update ? (id) => update({ highlight: id === state.highlight ? null : id }, 'replace') : undefined}
        />
      )}
    </ChartFrame>
  );
}
