import type { PanelProps } from '../charts/panelProps.ts';
import { WorldModelsPanel } from '../charts/views/worldModels/WorldModelsPanel.tsx';
import { MESSAGES } from '../i18n/messages.ts';
import { Segmented } from '../ui/controls.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { ACCESS } from '../view/viewState.ts';

/** Models over time, with the open/closed-weights filter above it (`access=` in the URL). */
export function WorldModelsView(props: PanelProps & { update: UpdateView }) {
  const { state, update, lang, m } = props;
  const w = MESSAGES[lang].worldCharts;
  const labels = { all: w.accessAll, open: w.accessOpen, closed: w.accessClosed };
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2" role="group" aria-label={m.views['world-models']}>
        <Segmented legend={w.access} options={ACCESS.map((v) => ({ value: v, label: labels[v] }))} value={state.access} onChange={(access) => update({ access }, 'push')} />
      </div>
      <WorldModelsPanel {...props} />
    </div>
  );
}
