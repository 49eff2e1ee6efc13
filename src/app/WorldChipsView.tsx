import type { PanelProps } from '../charts/panelProps.ts';
import { WorldChipsPanel } from '../charts/views/worldChips/WorldChipsPanel.tsx';
import { MESSAGES } from '../i18n/messages.ts';
import { Segmented } from '../ui/controls.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { BASES } from '../view/viewState.ts';

/** Chips over time, with the precision control above it (`basis=`, shared with the GPU view's basis). */
export function WorldChipsView(props: PanelProps & { update: UpdateView }) {
  const { state, update, lang, m } = props;
  const w = MESSAGES[lang].worldCharts;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2" role="group" aria-label={m.views['world-chips']}>
        <Segmented legend={w.basis} options={BASES.map((v) => ({ value: v, label: v.toUpperCase() }))} value={state.basis} onChange={(basis) => update({ basis }, 'push')} />
      </div>
      <WorldChipsPanel {...props} />
    </div>
  );
}
