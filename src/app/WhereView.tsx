import type { PanelProps } from '../charts/panelProps.ts';
import { WherePanel } from '../charts/views/whereCompute/WherePanel.tsx';
import { Segmented } from '../ui/controls.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { WHERE_GROUPS } from '../view/viewState.ts';

/** Where the compute is: grouping (`group=`) and measure (`share=1`) above the chart, each change a history entry. */
export function WhereView(props: PanelProps & { update: UpdateView }) {
  const { state, update, m } = props;
  const w = m.where;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-x-4 gap-y-2" role="group" aria-label={m.views.where}>
        <Segmented legend={w.group} options={WHERE_GROUPS.map((value) => ({ value, label: w.groupOptions[value] }))} value={state.whereGroup} onChange={(whereGroup) => update({ whereGroup }, 'push')} />
        <Segmented
          legend={w.measure}
          options={[
            { value: 'absolute', label: w.absolute },
            { value: 'share', label: w.share },
          ]}
          value={state.isShare ? 'share' : 'absolute'}
          onChange={(v) => update({ isShare: v === 'share' }, 'push')}
        />
      </div>
      <WherePanel {...props} />
    </div>
  );
}
