/**
 * The what-if view: the calculator's inputs (all in the URL), its panel, and the GPU chart of
 * the same systems with the target marked. Selects push history; typing and sliding replace.
 */
import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { useWorldEntities } from '../charts/views/world/useWorldEntities.ts';
import type { WorldData } from '../data/epoch/worldTypes.ts';
import { whatifModelReason, whatifSystemReason } from '../ui/search/pickRules.ts';
import { WorldPicker } from '../ui/search/WorldPicker.tsx';
import { GpusPanel } from '../charts/views/gpus/GpusPanel.tsx';
import type { PanelProps } from '../charts/panelProps.ts';
import { WhatIfPanel } from '../charts/views/whatif/WhatIfPanel.tsx';
import { gpuWhatIfMark, whatifBarResults, whatifInput } from '../charts/views/whatif/whatif.series.ts';
import { formatNumber, formatUnitValue } from '../i18n/format.ts';
import {
  DEFAULT_MFU_PCT,
  DEFAULT_PRICE_ID,
  DEFAULT_PUE,
  DEFAULT_WHATIF_MODEL,
  DEFAULT_WHATIF_SYSTEM,
  MAX_GPUS,
  resolveWhatIf,
  trainingCompute,
  whatifTargets,
} from '../metrics/trainingTime.ts';
import { indexDataset } from '../data/indexes.ts';
import { Segmented } from '../ui/controls.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { BASES, CURRENCIES, KINDS, type ViewState } from '../view/viewState.ts';

const inputClass =
  'w-full rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] px-2 py-1.5 text-sm text-[var(--c-text)] aria-[invalid=true]:border-[var(--c-claim)]';

function Field({ label, hint, hintId, children }: { label: string; hint?: string; hintId?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-semibold uppercase tracking-wide text-[var(--c-muted)]">{label}</label>
      {children(id)}
      {hint && <p id={hintId} className="text-xs text-[var(--c-muted)]">{hint}</p>}
    </div>
  );
}

interface NumberProps {
  label: string;
  hint: string;
  invalidText: string;
  value: number | null;
  placeholder: string;
  min: number;
  max: number;
  decimals: number;
  onChange: (v: number | null) => void;
}

const parseNumber = (text: string): number | null => {
  const t = text.trim().replace(',', '.'); // Spanish readers type a decimal comma
  return t === '' ? null : /^\d*\.?\d+$|^\d+\.$/.test(t) ? Number(t) : NaN;
};

/**
 * A typed number that never reaches the state as NaN: in-range values are committed while
 * typing; out-of-range ones are marked invalid and clamped on blur; empty means "default".
 */
function NumberField({ label, hint, invalidText, value, placeholder, min, max, decimals, onChange }: NumberProps) {
  const hintId = useId();
  const shown = value === null ? '' : String(value);
  const [text, setText] = useState(shown);
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    // The value changed from outside (history, another control): show it unless it is what is being typed.
    setSynced(value);
    if (parseNumber(text) !== value) setText(shown);
  }
  const n = parseNumber(text);
  const isInvalid = n !== null && (Number.isNaN(n) || n < min || n > max);
  const round = (v: number) => Number(Math.min(max, Math.max(min, v)).toFixed(decimals));
  return (
    <Field label={label} hint={isInvalid ? `${invalidText} ${hint}` : hint} hintId={hintId}>
      {(id) => (
        <input
          id={id}
          type="text"
          inputMode={decimals ? 'decimal' : 'numeric'}
          autoComplete="off"
          className={inputClass}
          value={text}
          placeholder={placeholder}
          aria-invalid={isInvalid}
          aria-describedby={hintId}
          onChange={(e) => {
            setText(e.target.value);
            const v = parseNumber(e.target.value);
            if (v === null) onChange(null);
            else if (!Number.isNaN(v) && v >= min && v <= max) onChange(round(v));
          }}
          onBlur={() => {
            if (n === null || Number.isNaN(n)) return setText(shown);
            onChange(round(n));
            setText(String(round(n)));
          }}
        />
      )}
    </Field>
  );
}

export function WhatIfView(props: PanelProps & { update: UpdateView }) {
  const { update, lang, m } = props;
  // Any Epoch cluster or model the URL names joins the selects; the search boxes find the rest.
  const { dataset, state, world } = useWorldEntities(props.dataset, props.state, lang);
  const modelRule = useCallback((w: WorldData) => whatifModelReason(props.dataset, w, props.state.basis, m), [props.dataset, props.state.basis, m]);
  const systemRule = useCallback((w: WorldData) => whatifSystemReason(props.dataset, w, m), [props.dataset, m]);
  const w = m.whatif;
  const targets = useMemo(() => whatifTargets(dataset), [dataset]);
  const { hardwareById } = indexDataset(dataset);
  const outcome = useMemo(() => resolveWhatIf(dataset, whatifInput(state)), [dataset, state]);
  const barIds = useMemo(() => (outcome.ok ? whatifBarResults(dataset, whatifInput(state), outcome).map((b) => b.system.id) : []), [dataset, state, outcome]);
  const modelId = state.whatifModel ?? DEFAULT_WHATIF_MODEL;
  const systemId = state.whatifSystem ?? DEFAULT_WHATIF_SYSTEM;
  const systemCount = dataset.systems.find((s) => s.id === systemId)?.acceleratorCount?.value;
  const defaultPrice = dataset.prices.find((p) => p.id === DEFAULT_PRICE_ID)?.usdPerGpuHour.value;
  const mfu = state.whatifMfu ?? DEFAULT_MFU_PCT;
  // The GPU chart of the same systems: accelerators, no filters from other views.
  const gpuState: ViewState = { ...state, ids: barIds, regions: [], owners: [], kinds: [], metric: 'accelerators', highlight: null, hideTitle: false };
  // The GPU chart marks the calculator's target (and its custom count, if any).
  const gpuMark = useMemo(() => gpuWhatIfMark(outcome, lang, m), [outcome, lang, m]);

  return (
    <div className="flex flex-col gap-3">
      <div role="group" aria-label={w.inputs} className="grid gap-3 rounded-lg border border-[var(--c-grid)] p-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field label={w.model}>
          {(id) => (
            <select id={id} className={inputClass} value={modelId} onChange={(e) => update({ whatifModel: e.target.value }, 'push')}>
              {dataset.models.map((md) => {
                // The same test the calculation makes, so an enabled model always computes.
                const hasCompute = trainingCompute(md, hardwareById, state.basis) !== null;
                return (
                  <option key={md.id} value={md.id} disabled={!hasCompute}>
                    {hasCompute ? md.name : `${md.name} (${w.noCompute})`}
                  </option>
                );
              })}
            </select>
          )}
        </Field>
        <Field label={w.system}>
          {(id) => (
            <select id={id} className={inputClass} value={systemId} onChange={(e) => update({ whatifSystem: e.target.value, whatifGpus: null }, 'push')}>
              {!targets.some((s) => s.id === systemId) && <option value={systemId} disabled>{systemId}</option>}
              {KINDS.map((k) => (
                <optgroup key={k} label={m.kinds[k]}>
                  {targets.filter((s) => s.kind === k).map((s) => (
                    <option key={s.id} value={s.id}>{s.shortName}</option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <WorldPicker label={m.search.searchModel} dataset={props.dataset} world={world} rule={modelRule} chosenIds={[modelId]} onPick={(e) => update({ whatifModel: e.id }, 'push')} m={m} />
        <WorldPicker label={m.search.searchSystem} dataset={props.dataset} world={world} rule={systemRule} chosenIds={[systemId]} onPick={(e) => update({ whatifSystem: e.id, whatifGpus: null }, 'push')} m={m} />
        <NumberField
          label={w.gpus}
          hint={systemCount === undefined ? '' : w.gpusHint(formatNumber(systemCount, lang))}
          invalidText={w.invalid}
          value={state.whatifGpus}
          placeholder={systemCount === undefined ? '' : String(systemCount)}
          min={1}
          max={MAX_GPUS}
          decimals={0}
          onChange={(whatifGpus) => update({ whatifGpus }, 'replace')}
        />
        <Field label={w.mfu} hint={w.mfuHint}>
          {(id) => (
            <div className="flex items-center gap-2">
              <input id={id} type="range" min={1} max={100} step={1} value={mfu} className="min-w-0 flex-1 accent-[var(--c-accent)]" aria-valuetext={`${formatNumber(mfu, lang)} %`} onChange={(e) => update({ whatifMfu: Number(e.target.value) }, 'replace')} />
              <span className="w-12 text-right text-sm tabular-nums" aria-hidden="true">{formatNumber(mfu, lang)} %</span>
            </div>
          )}
        </Field>
        <NumberField
          label={w.price}
          hint={defaultPrice === undefined ? '' : w.priceHint(formatUnitValue(defaultPrice, 'USD/GPU-hour', lang))}
          invalidText={w.invalid}
          value={state.whatifPrice}
          placeholder={defaultPrice === undefined ? '' : String(defaultPrice)}
          min={0}
          max={1000}
          decimals={3}
          onChange={(whatifPrice) => update({ whatifPrice }, 'replace')}
        />
        <NumberField
          label={w.pue}
          hint={w.pueHint(formatNumber(DEFAULT_PUE, lang))}
          invalidText={w.invalid}
          value={state.whatifPue}
          placeholder={String(DEFAULT_PUE)}
          min={1}
          max={3}
          decimals={2}
          onChange={(whatifPue) => update({ whatifPue }, 'replace')}
        />
        <div className="flex flex-col gap-2 sm:col-span-2 lg:col-span-3">
          <Segmented legend={w.basis} options={BASES.map((v) => ({ value: v, label: w.bases[v] }))} value={state.basis} onChange={(basis) => update({ basis }, 'push')} />
          <Segmented legend={m.currency} options={CURRENCIES.map((v) => ({ value: v, label: v.toUpperCase() }))} value={state.currency} onChange={(currency) => update({ currency }, 'push')} />
        </div>
      </div>
      <WhatIfPanel {...props} />
      {barIds.length > 0 && (
        <>
          <p className="text-xs text-[var(--c-muted)]">{w.gpusChartNote}</p>
          <GpusPanel dataset={dataset} state={gpuState} lang={lang} m={m} whatif={gpuMark} />
        </>
      )}
    </div>
  );
}
