/**
 * Models over time: Epoch's notable models and the curated ones, training compute by
 * publication date, with the trend ×N/year and its doubling time. Loads the world data when
 * shown (WorldGate); takes only PanelProps, so the dashboard and the embed render the same.
 */
import { useMemo } from 'react';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { formatFlop } from '../../../i18n/format.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import { pointSources } from '../../frame/dataPoint.ts';
import { TimeScatterChart } from '../../kinds/TimeScatterChart.tsx';
import type { TimeScatterFormats } from '../../kinds/timeScatter.layout.ts';
import type { PanelProps } from '../../panelProps.ts';
import { dateTick, flopTick } from '../world/timeFormats.ts';
import { WorldGate } from '../world/useWorld.tsx';
import { modelsDescription, modelsFrame, modelsKey, modelsView, TREND_FROM_YEAR, trendSentence } from './worldModels.series.ts';

export function WorldModelsPanel(props: PanelProps) {
  const w = MESSAGES[props.lang].worldCharts;
  return (
    <WorldGate m={props.m} loading={w.loading}>
      {(world) => <ModelsOverTimeFrame {...props} world={world} />}
    </WorldGate>
  );
}

function ModelsOverTimeFrame(props: PanelProps & { world: WorldData }) {
  const { dataset, state, lang, m, world } = props;
  const w = MESSAGES[lang].worldCharts;
  // The frame is kept while only the filter changes: the chart then hides marks instead of re-placing them.
  const frame = useMemo(() => modelsFrame(dataset, world, lang, m, w, state.pins), [dataset, world, lang, m, w, state.pins]);
  const view = useMemo(() => modelsView(frame, state.access, lang, w), [frame, state.access, lang, w]);
  const formats = useMemo<TimeScatterFormats>(() => ({ x: (d) => dateTick(d, lang), y: (v) => flopTick(v, lang) }), [lang]);
  const keyEntries = useMemo(() => modelsKey(frame, view, m, w), [frame, view, m, w]);
  // The sources of every model the frame holds, not only the shown ones: the weights filter hides
  // marks in place, and the line under the chart stays too (it rewrapped, moving what follows it).
  const sources = useMemo(() => pointSources(frame.rows.map((r) => r.point)), [frame]);
  const description = modelsDescription(view, lang, w);
  const title = w.modelsTitle;
  return (
    <ChartFrame
      chart="world-models"
      title={title}
      subtitle={w.modelsSubtitle(view.marks.length, String(TREND_FROM_YEAR))}
      notices={[trendSentence(view.trend, lang, w)]}
      altText={description}
      points={view.points}
      sources={sources}
      formatValue={(p) => formatFlop(p.value, lang)}
      csvName="compute-atlas-world-models"
      {...frameProps(props)}
      hideLegend
    >
      {(width) => (
        <>
          <TimeScatterChart data={view.frame} hidden={view.hidden} lines={view.lines} keyEntries={keyEntries} width={width} formats={formats} title={title} description={description} xLabel={w.dateAxis} yLabel={w.flopAxis} />
          {view.notShown.length > 0 && <p className="mt-2 text-xs text-[var(--c-muted)]">{w.notShown(view.notShown.join(', '))}</p>}
        </>
      )}
    </ChartFrame>
  );
}
