import { MoneyPanel } from '../charts/views/money/MoneyPanel.tsx';
import type { PanelProps } from '../charts/panelProps.ts';
import { Segmented } from '../ui/controls.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { CURRENCIES, SCALES } from '../view/viewState.ts';

export function MoneyView(props: PanelProps & { update: UpdateView }) {
  const { state, update, m } = props;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2" role="group" aria-label={m.views.money}>
        <Segmented legend={m.currency} options={CURRENCIES.map((v) => ({ value: v, label: v.toUpperCase() }))} value={state.currency} onChange={(currency) => update({ currency }, 'push')} />
        <Segmented legend={m.scale} options={SCALES.map((v) => ({ value: v, label: m.scales[v] }))} value={state.scale} onChange={(scale) => update({ scale }, 'push')} />
      </div>
      <MoneyPanel {...props} />
    </div>
  );
}
