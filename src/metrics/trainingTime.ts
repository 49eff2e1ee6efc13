/**
 * The what-if calculator's math: how long, how much and how much energy a model's training
 * compute would take on a given system. Pure: typed records in, numbers and the figures they
 * came from out, so every result can show its formula and sources.
 *
 * GPU-hours mode: work = GPU-hours × peak(source) × MFU_source; target GPU-hours =
 * work / (peak(target) × MFU_target); days = target GPU-hours / N / 24. With MFU_target equal
 * to MFU_source this is a conversion by peak ratio alone, so a run on its own cluster gives the
 * paper's days back. FLOP mode (a model with FLOP but no GPU-hours) skips the first step.
 */
import type { Confidence, Dataset, Figure, GpuPrice, Hardware, ModelRecord, SystemRecord } from '../data/schema.ts';
import { indexDataset } from '../data/indexes.ts';
import { weakestConfidence } from './confidence.ts';

export type Basis = 'bf16' | 'fp8';

/**
 * 40 %: the utilisation behind the facts sheet's GPU-hour estimates for BSC's models (6·N·D FLOP
 * at 40 % of the H100 SXM dense BF16 peak). An assumption, shown as one; the target's MFU
 * defaults to the same value so that, by default, only the peaks differ.
 */
export const DEFAULT_MFU_PCT = 40;
/** An assumption, not a figure from data/: no source gives MareNostrum 5's PUE; 1.2 is typical of recent HPC centres. */
export const DEFAULT_PUE = 1.2;
/** TDP to assume when the target's is not published (H800, H100 64GB): the H100 SXM datasheet's, same Hopper die. */
export const TDP_FALLBACK_HARDWARE = 'h100-sxm-80gb';
/** The default price: the 2 USD/GPU-hour DeepSeek assumed to price its own run (read from data/prices.json). */
export const DEFAULT_PRICE_ID = 'deepseek-h800-assumption';
/** The seed post's question: how long would MareNostrum 5 take to train DeepSeek-V3? */
export const DEFAULT_WHATIF_MODEL = 'deepseek-v3';
export const DEFAULT_WHATIF_SYSTEM = 'marenostrum-5-acc';
export const MAX_GPUS = 10_000_000;

const SECONDS_PER_HOUR = 3600;
const HOURS_PER_DAY = 24;

/** FLOP a run did: GPU-hours × peak (TFLOP/s) × utilisation (a fraction). */
export const effectiveFlop = (gpuHours: number, peakTflops: number, mfu: number) => gpuHours * SECONDS_PER_HOUR * peakTflops * 1e12 * mfu;
/** GPU-hours an accelerator needs for `flop` at `mfu` of its peak. */
export const gpuHoursFor = (flop: number, peakTflops: number, mfu: number) => flop / (peakTflops * 1e12 * mfu * SECONDS_PER_HOUR);
export const daysOn = (gpuHours: number, gpus: number) => gpuHours / gpus / HOURS_PER_DAY;
/** GPU-hours × W × PUE = Wh; ÷ 10⁶ = MWh. */
export const energyMwh = (gpuHours: number, tdpW: number, pue: number) => (gpuHours * tdpW * pue) / 1e6;

export function peakOf(hw: Hardware, basis: Basis): Figure | undefined {
  return basis === 'fp8' ? hw.fp8DenseTflops : hw.bf16DenseTflops;
}

export interface WhatIfInput {
  /** null = the defaults above. Numbers out of range are clamped; non-finite ones ignored. */
  modelId: string | null;
  systemId: string | null;
  gpus: number | null;
  mfuPct: number | null;
  priceUsd: number | null;
  pue: number | null;
  basis: Basis;
}

export type WhatIfProblem = 'unknown-model' | 'no-compute' | 'unknown-system' | 'no-peak' | 'no-count';

export type TrainingCompute =
  | { kind: 'gpu-hours'; figure: Figure; hardware: Hardware; peak: Figure }
  | { kind: 'flop'; figure: Figure };

export interface WhatIfResult {
  ok: true;
  model: ModelRecord;
  system: SystemRecord;
  compute: TrainingCompute;
  /** The basis actually used: FP8 falls back to BF16 when an accelerator has no FP8 figure. */
  basis: Basis;
  fp8MissingOn: Hardware[];
  sourceMfu: number;
  flop: number;
  hardware: Hardware;
  peak: Figure;
  gpus: number;
  /** The system's count figure, absent when the count is custom. */
  countFigure?: Figure;
  mfu: number;
  isMfuDefault: boolean;
  gpuHours: number;
  days: number;
  /** null when there is neither a custom price nor the default row. */
  price: { usdPerGpuHour: number; row?: GpuPrice } | null;
  costUsd: number | null;
  tdp: { figure: Figure; from: Hardware; isAssumed: boolean } | null;
  pue: number;
  isPueDefault: boolean;
  energyMwh: number | null;
  /** Weakest confidence of the data figures used (assumptions are shown apart, not folded in). */
  confidence: Confidence;
}

export type WhatIfOutcome = WhatIfResult | { ok: false; problem: WhatIfProblem; model?: ModelRecord; system?: SystemRecord };

const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function trainingCompute(model: ModelRecord, hardwareById: ReadonlyMap<string, Hardware>, basis: Basis): TrainingCompute | null {
  const hw = model.gpuHoursOn ? hardwareById.get(model.gpuHoursOn) : undefined;
  const peak = hw && (peakOf(hw, basis) ?? hw.bf16DenseTflops);
  if (model.gpuHoursM && hw && peak) return { kind: 'gpu-hours', figure: model.gpuHoursM, hardware: hw, peak };
  return model.trainingFlop ? { kind: 'flop', figure: model.trainingFlop } : null;
}

export function resolveWhatIf(d: Dataset, input: WhatIfInput): WhatIfOutcome {
  const { modelById, systemById, hardwareById } = indexDataset(d);
  const model = modelById.get(input.modelId ?? DEFAULT_WHATIF_MODEL);
  if (!model) return { ok: false, problem: 'unknown-model' };
  const system = systemById.get(input.systemId ?? DEFAULT_WHATIF_SYSTEM);
  if (!system) return { ok: false, problem: 'unknown-system', model };
  const hardware = system.accelerator ? hardwareById.get(system.accelerator) : undefined;
  if (!hardware?.bf16DenseTflops) return { ok: false, problem: 'no-peak', model, system };
  const isCustom = finite(input.gpus) && input.gpus >= 1;
  if (!isCustom && !system.acceleratorCount) return { ok: false, problem: 'no-count', model, system };
  const probe = trainingCompute(model, hardwareById, 'bf16');
  if (!probe) return { ok: false, problem: 'no-compute', model, system };

  // One basis for both ends of the conversion, or the peak ratio would compare unlike numbers.
  const ends = probe.kind === 'gpu-hours' ? [probe.hardware, hardware] : [hardware];
  const fp8MissingOn = input.basis === 'fp8' ? ends.filter((h) => !h.fp8DenseTflops) : [];
  const basis: Basis = input.basis === 'fp8' && fp8MissingOn.length === 0 ? 'fp8' : 'bf16';
  const compute = trainingCompute(model, hardwareById, basis)!;
  const peak = peakOf(hardware, basis)!;

  const sourceMfu = DEFAULT_MFU_PCT / 100;
  const mfu = clamp(finite(input.mfuPct) ? input.mfuPct : DEFAULT_MFU_PCT, 1, 100) / 100;
  const gpus = isCustom ? Math.round(clamp(input.gpus!, 1, MAX_GPUS)) : system.acceleratorCount!.value;
  const flop =
    compute.kind === 'gpu-hours' ? effectiveFlop(compute.figure.value * 1e6, compute.peak.value, sourceMfu) : compute.figure.value;
  const gpuHours = gpuHoursFor(flop, peak.value, mfu);

  const row = d.prices.find((p) => p.id === DEFAULT_PRICE_ID);
  const price = finite(input.priceUsd)
    ? { usdPerGpuHour: clamp(input.priceUsd, 0, 1000) }
    : row
      ? { usdPerGpuHour: row.usdPerGpuHour.value, row }
      : null;

  const fallback = hardwareById.get(TDP_FALLBACK_HARDWARE);
  const tdp = hardware.tdpW
    ? { figure: hardware.tdpW, from: hardware, isAssumed: false }
    : fallback?.tdpW
      ? { figure: fallback.tdpW, from: fallback, isAssumed: true }
      : null;
  const pue = clamp(finite(input.pue) ? input.pue : DEFAULT_PUE, 1, 3);

  const figures = [compute.figure, peak, ...(compute.kind === 'gpu-hours' ? [compute.peak] : []), ...(isCustom ? [] : [system.acceleratorCount!])];
  return {
    ok: true,
    model,
    system,
    compute,
    basis,
    fp8MissingOn,
    sourceMfu,
    flop,
    hardware,
    peak,
    gpus,
    countFigure: isCustom ? undefined : system.acceleratorCount,
    mfu,
    isMfuDefault: !finite(input.mfuPct),
    gpuHours,
    days: daysOn(gpuHours, gpus),
    price,
    costUsd: price ? gpuHours * price.usdPerGpuHour : null,
    tdp,
    pue,
    isPueDefault: !finite(input.pue),
    energyMwh: tdp ? energyMwh(gpuHours, tdp.figure.value, pue) : null,
    confidence: weakestConfidence(...figures.map((f) => f.confidence)),
  };
}

/** Systems the calculator can target: a count and an accelerator with a known peak. */
export function whatifTargets(d: Dataset): SystemRecord[] {
  const { hardwareById } = indexDataset(d);
  return d.systems.filter((s) => s.acceleratorCount && s.accelerator && hardwareById.get(s.accelerator)?.bf16DenseTflops);
}
