import { Top500EditionPanel, Top500HistoryPanel } from '../charts/views/top500/Top500Panel.tsx';
import type { PanelProps } from '../charts/panelProps.ts';
import { editionsOf, resolveEdition } from '../charts/views/top500/top500.series.ts';
import { formatEdition } from '../i18n/format.ts';
import { Segmented } from '../ui/controls.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { SCALES } from '../view/viewState.ts';

/**
 * TOP500 history: the rank chart, then the edition picker right above the chart it drives.
 * Picking an edition is a discrete choice, so it pushes a history entry (Back undoes it).
 */
export function Top500View(props: PanelProps & { update: UpdateView }) {
  const { dataset, state, update, lang, m } = props;
  const editions = editionsOf(dataset);
  const edition = resolveEdition(dataset, state.edition);
  return (
    <div className="flex flex-col gap-3">
      <Top500HistoryPanel {...props} />
      {edition && (
        <div className="flex flex-col gap-2" role="group" aria-label={m.views.top500}>
          <Segmented
            legend={m.top500.editionPicker}
            options={editions.map((e) => ({ value: e, label: formatEdition(e, lang) }))}
            value={edition}
            onChange={(e) => update({ edition: e }, 'push')}
          />
          <Segmented legend={m.scale} options={SCALES.map((v) => ({ value: v, label: m.scales[v] }))} value={state.scale} onChange={(scale) => update({ scale }, 'push')} />
        </div>
      )}
      <Top500EditionPanel {...props} />
    </div>
  );
}
