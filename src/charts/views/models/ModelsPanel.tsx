/**
 * Models panels: training compute against cost, and parameters against tokens, both log-log.
 * Each is a ChartFrame taking only PanelProps; `ModelsPanel` stacks both. Models missing a
 * figure are named under the chart and kept in the table, never silently dropped.
 */
import { useMemo } from 'react';
import { formatFlop, formatMoneyShort, formatNumber, formatUnitValue, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import type { Currency } from '../../../metrics/currency.ts';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import { pointSources } from '../../frame/dataPoint.ts';
import { costView, notShownLines, paramsView, scatterDescription, type ScatterView } from './models.series.ts';
import type { PanelProps } from '../../panelProps.ts';
import { ScatterChart } from '../../kinds/ScatterChart.tsx';
import type { TickFormats } from '../../kinds/scatter.layout.ts';
import { TimelinePanel } from './TimelinePanel.tsx';

/** "1 × 10²⁴ FLOP" → "10²⁴": a decade tick needs only its exponent; the unit is on the axis. */
const flopTick = (v: number, lang: Lang) => formatFlop(v, lang).replace(/^1\u00a0×\u00a0/, '').replace(/\u00a0FLOP$/, '');

function NotShown({ view, m }: { view: ScatterView; m: Messages }) {
  const lines = notShownLines(view, m);
  return lines.length ? (
    <ul className="mt-2 flex flex-col gap-0.5 text-xs text-[var(--c-muted)]">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  ) : null;
}

interface ScatterFrameProps extends PanelProps {
  view: ScatterView;
  title: string;
  subtitle: string;
  description: string;
  formats: TickFormats;
  xLabel: string;
  yLabel: string;
  formatValue: (v: number) => string;
  csvName: string;
}

function ScatterFrame(p: ScatterFrameProps) {
  const { view, m, update, state } = p;
  return (
    <ChartFrame
      title={p.title}
      altText={p.description}
      subtitle={p.subtitle}
      points={view.points}
      sources={pointSources(view.points)}
      formatValue={(pt) => p.formatValue(pt.value)}
      csvName={p.csvName}
      {...frameProps(p)}
    >
      {(width) => (
        <>
          {view.data.length ? (
            <ScatterChart
              data={view.data}
              width={width}
              formats={p.formats}
              title={p.title}
              description={p.description}
              xLabel={p.xLabel}
              yLabel={p.yLabel}
              onSelect={update ? (id) => update({ highlight: id === state.highlight ? null : id }, 'replace') : undefined}
            />
          ) : (
            <p className="py-6 text-sm">{m.modelCharts.emptyScatter}</p>
          )}
          <NotShown view={view} m={m} />
        </>
      )}
    </ChartFrame>
  );
}

export function ModelsCostPanel(props: PanelProps) {
  const { dataset, state, lang, m } = props;
  const currency: Currency = state.currency === 'usd' ? 'USD' : 'EUR';
  const view = useMemo(() => costView(dataset, currency, state.highlight, lang, m), [dataset, currency, state.highlight, lang, m]);
  const formats = useMemo<TickFormats>(() => ({ x: (v) => flopTick(v, lang), y: (v) => formatMoneyShort(v, currency, lang) }), [lang, currency]);
  const cur = currency === 'EUR' ? '€' : 'US$';
  return (
    <ScatterFrame
      {...props}
      view={view}
      title={m.modelCharts.costTitle}
      subtitle={m.modelCharts.costSubtitle(view.data.length, cur)}
      description={scatterDescription(view, 'cost', currency, lang, m)}
      formats={formats}
      xLabel={m.modelCharts.flopAxis}
      yLabel={m.modelCharts.costAxis(cur)}
      formatValue={(v) => formatFlop(v, lang)}
      csvName={`compute-atlas-models-compute-cost-${state.currency}`}
    />
  );
}

export function ModelsParamsPanel(props: PanelProps) {
  const { dataset, state, lang, m } = props;
  const view = useMemo(() => paramsView(dataset, state.highlight, lang, m), [dataset, state.highlight, lang, m]);
  // Ticks in the axis's own unit (billions, T): "1.000" reads as mil millones in Spanish
  // without ever writing the ambiguous "billón".
  const formats = useMemo<TickFormats>(() => ({ x: (v) => formatNumber(v, lang), y: (v) => formatNumber(v, lang) }), [lang]);
  return (
    <ScatterFrame
      {...props}
      view={view}
      title={m.modelCharts.paramsTitle}
      subtitle={m.modelCharts.paramsSubtitle(view.data.length)}
      description={scatterDescription(view, 'params', 'EUR', lang, m)}
      formats={formats}
      xLabel={m.modelCharts.paramsAxis}
      yLabel={m.modelCharts.tokensAxis}
      formatValue={(v) => formatUnitValue(v, 'B params', lang)}
      csvName="compute-atlas-models-params-tokens"
    />
  );
}

/** Both model scatters, for an embed of the whole view. */
export function ModelsPanel(props: PanelProps) {
  return (
    <div className="flex flex-col gap-4">
      <ModelsCostPanel {...props} />
      <ModelsParamsPanel {...props} />
      <TimelinePanel {...props} />
    </div>
  );
}
