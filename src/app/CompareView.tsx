/**
 * Compare any two: pick A and B (grouped selects), swap them, or take a seed-post preset; the
 * panel shows the ratio and the unit chart. Every choice lives in the URL (`a`, `b`, `metric`)
 * and pushes history, so Back undoes it and the link reproduces it.
 */
import { useCallback, useId } from 'react';
import { useWorldEntities } from '../charts/views/world/useWorldEntities.ts';
import { compareReason } from '../ui/search/pickRules.ts';
import { WorldPicker } from '../ui/search/WorldPicker.tsx';
import type { WorldData } from '../data/epoch/worldTypes.ts';
import { ComparePanel, PresetButtons } from '../charts/views/compare/ComparePanel.tsx';
import { resolvePair } from '../charts/views/compare/compare.series.ts';
import type { PanelProps } from '../charts/panelProps.ts';
import { labelIn, subjectIn } from '../data/labels.ts';
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../i18n/locales.ts';
import type { Messages } from '../i18n/messages.ts';
import { comparableMetrics, entityKind } from '../metrics/comparisons.ts';
import { Segmented } from '../ui/controls.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { METRICS } from '../view/viewState.ts';

function optionGroups(d: Dataset, lang: Lang, m: Messages) {
  return [
    { key: 'system', label: m.compare.groups.system, options: d.systems.map((s) => ({ id: s.id, label: s.shortName })) },
    { key: 'model', label: m.compare.groups.model, options: d.models.map((s) => ({ id: s.id, label: s.name })) },
    { key: 'money', label: m.compare.groups.money, options: d.money.map((s) => ({ id: s.id, label: `${subjectIn(s, lang)} · ${labelIn(s, lang)}` })) },
  ];
}

function EntitySelect({ label, value, groups, onChange }: { label: string; value: string | null; groups: ReturnType<typeof optionGroups>; onChange: (id: string) => void }) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-1 basis-56 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-semibold uppercase tracking-wide text-[var(--c-muted)]">{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
        className="w-full min-w-0 rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] px-2 py-1.5 text-sm text-[var(--c-text)]"
      >
        {value === null && <option value="" disabled>—</option>}
        {groups.map((g) => (
          <optgroup key={g.key} label={g.label}>
            {g.options.map((o) => (
              <option key={o.id} value={o.id}>{o.label}</option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function CompareView(props: PanelProps & { update: UpdateView }) {
  const { update, m, lang } = props;
  // The selects list the curated entities plus any Epoch one the URL names; the search finds the rest.
  const { dataset, state, world } = useWorldEntities(props.dataset, props.state, lang);
  const rule = useCallback((w: WorldData) => compareReason(props.dataset, w, m), [props.dataset, m]);
  const { a, b } = resolvePair(dataset, state.compareA, state.compareB);
  const groups = optionGroups(dataset, lang, m);
  // Systems can be compared by count, H100-equivalents or peak; the choice is the shared `metric`.
  const systemMetrics =
    a && b && entityKind(dataset, a) === 'system' && entityKind(dataset, b) === 'system'
      ? METRICS.filter((x) => comparableMetrics(dataset, a, b).includes(x))
      : [];
  const metric = systemMetrics.includes(state.metric) ? state.metric : systemMetrics[0];

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-3" role="group" aria-label={m.compare.controls}>
        <div className="flex flex-wrap items-end gap-2">
          <EntitySelect label={m.compare.pickA} value={a} groups={groups} onChange={(id) => update({ compareA: id, compareB: b }, 'push')} />
          <button type="button" className="btn" onClick={() => update({ compareA: b, compareB: a }, 'push')} disabled={!a || !b}>
            <span aria-hidden="true">⇄</span> {m.compare.swap}
          </button>
          <EntitySelect label={m.compare.pickB} value={b} groups={groups} onChange={(id) => update({ compareA: a, compareB: id }, 'push')} />
        </div>
        <div className="grid gap-2 sm:grid-cols-2">
          <WorldPicker label={m.search.searchA} dataset={props.dataset} world={world} rule={rule} chosenIds={a ? [a] : []} onPick={(e) => update({ compareA: e.id, compareB: b }, 'push')} m={m} />
          <WorldPicker label={m.search.searchB} dataset={props.dataset} world={world} rule={rule} chosenIds={b ? [b] : []} onPick={(e) => update({ compareA: a, compareB: e.id }, 'push')} m={m} />
        </div>
        {dataset.comparisons.length > 0 && (
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-xs font-semibold uppercase tracking-wide text-[var(--c-muted)]" aria-hidden="true">{m.compare.presets}</span>
            <PresetButtons dataset={dataset} a={a} b={b} update={update} lang={lang} m={m} />
          </div>
        )}
        {metric && systemMetrics.length > 1 && (
          <Segmented legend={m.compare.measure} options={systemMetrics.map((v) => ({ value: v, label: m.metrics[v] }))} value={metric} onChange={(x) => update({ metric: x }, 'push')} />
        )}
      </div>
      <ComparePanel {...props} />
    </div>
  );
}
