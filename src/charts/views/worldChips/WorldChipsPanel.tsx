/**
 * Chips over time: peak dense BF16 (or FP8, `basis=fp8`) per accelerator by release date,
 * vendor by colour and shape, the post's chips labelled, price in the tooltip and table.
 * Loads the world data when shown (WorldGate); takes only PanelProps.
 */
import { useMemo } from 'react';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { formatUnitValue } from '../../../i18n/format.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import { pointSources } from '../../frame/dataPoint.ts';
import { TimeScatterChart } from '../../kinds/TimeScatterChart.tsx';
import type { TimeKeyEntry, TimeScatterFormats } from '../../kinds/timeScatter.layout.ts';
import type { PanelProps } from '../../panelProps.ts';
import { dateTick, tflopsTick } from '../world/timeFormats.ts';
import { WorldGate } from '../world/useWorld.tsx';
import { confidenceKey } from '../world/confidenceKey.ts';
import { chipsDescription, chipsOverTime } from './worldChips.series.ts';

export function WorldChipsPanel(props: PanelProps) {
  const w = MESSAGES[props.lang].worldCharts;
  return (
    <WorldGate m={props.m} loading={w.loading}>
      {(world) => <ChipsOverTimeFrame {...props} world={world} />}
    </WorldGate>
  );
}

function ChipsOverTimeFrame(props: PanelProps & { world: WorldData }) {
  const { dataset, state, lang, m, world } = props;
  const w = MESSAGES[lang].worldCharts;
  const basisLabel = state.basis === 'fp8' ? 'FP8' : 'BF16';
  const view = useMemo(() => chipsOverTime(dataset, world, state.basis, lang, m, w, state.pins), [dataset, world, state.basis, lang, m, w, state.pins]);
  const formats = useMemo<TimeScatterFormats>(() => ({ x: (d) => dateTick(d, lang), y: (v) => tflopsTick(v, lang) }), [lang]);
  const keyEntries = useMemo<TimeKeyEntry[]>(
    () => [
      ...view.vendors.map((v) => ({ label: v.vendor, colour: v.colour, shape: v.shape, confidence: 'reported' as const })),
      ...confidenceKey(new Set(view.marks.map((x) => x.confidence)), m),
    ],
    [view, m],
  );
  const description = chipsDescription(view, basisLabel, lang, w);
  const title = w.chipsTitle(basisLabel);
  return (
    <ChartFrame
      chart="world-chips"
      title={title}
      subtitle={w.chipsSubtitle(view.marks.length, basisLabel)}
      altText={description}
      points={view.points}
      sources={pointSources(view.points)}
      formatValue={(p) => formatUnitValue(p.value, 'TFLOP/s', lang)}
      csvName={`compute-atlas-world-chips-${state.basis}`}
      {...frameProps(props)}
      hideLegend
    >
      {(width) => (
        <TimeScatterChart data={view.marks} keyEntries={keyEntries} width={width} formats={formats} title={title} description={description} xLabel={w.releaseAxis} yLabel={w.flopsAxis(basisLabel)} />
      )}
    </ChartFrame>
  );
}
