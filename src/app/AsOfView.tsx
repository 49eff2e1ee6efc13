import { useMemo } from 'react';
import type { PanelProps } from '../charts/panelProps.ts';
import { AsOfFrame } from '../charts/views/asOf/AsOfPanel.tsx';
import { asOfMonths, resolveMonth } from '../charts/views/asOf/asOf.series.ts';
import { WorldGate } from '../charts/views/world/useWorld.tsx';
import type { WorldData } from '../data/epoch/worldTypes.ts';
import { formatDate } from '../i18n/format.ts';
import { MonthControl } from '../ui/MonthControl.tsx';
import type { UpdateView } from '../view/useViewState.ts';

/** As of a date: the month control (in the URL as `at=`) above the chart. */
export function AsOfView(props: PanelProps & { update: UpdateView }) {
  return (
    <WorldGate m={props.m} loading={props.m.asOf.loading}>
      {(world) => <AsOfWithControl {...props} world={world} />}
    </WorldGate>
  );
}

function AsOfWithControl(props: PanelProps & { update: UpdateView; world: WorldData }) {
  const { world, state, update, lang } = props;
  const months = useMemo(() => asOfMonths(world), [world]);
  const month = resolveMonth(state.asOf, months);
  const last = months.at(-1)!;
  return (
    // The class lets bars glide between months, unless the reader prefers reduced motion (index.css).
    <div className="as-of-animate flex flex-col gap-3">
      <MonthControl
        months={months}
        value={month}
        // The data's last month is the default: written as no parameter, so the bare link stays the latest view.
        onChange={(next, mode) => update({ asOf: next === last ? null : next }, mode)}
        formatMonth={(m) => formatDate(m, lang)}
        labels={props.m.asOf}
      />
      <AsOfFrame {...props} world={world} />
    </div>
  );
}
