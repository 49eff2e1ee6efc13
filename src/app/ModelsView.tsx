import { ModelsPanel } from '../charts/views/models/ModelsPanel.tsx';
import type { PanelProps } from '../charts/panelProps.ts';
import { Segmented } from '../ui/controls.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { CURRENCIES } from '../view/viewState.ts';

/** Models: compute against cost (its currency control right above it), parameters against tokens, and the ALIA timeline. */
export function ModelsView(props: PanelProps & { update: UpdateView }) {
  const { state, update, m } = props;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2" role="group" aria-label={m.views.models}>
        <Segmented
          legend={m.currency}
          options={CURRENCIES.map((v) => ({ value: v, label: v.toUpperCase() }))}
          value={state.currency}
          onChange={(currency) => update({ currency }, 'push')}
        />
      </div>
      <ModelsPanel {...props} />
    </div>
  );
}
