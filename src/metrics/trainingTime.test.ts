import fc from 'fast-check';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import {
  DEFAULT_MFU_PCT,
  DEFAULT_PRICE_ID,
  DEFAULT_PUE,
  resolveWhatIf,
  TDP_FALLBACK_HARDWARE,
  whatifTargets,
  type WhatIfInput,
  type WhatIfResult,
} from './trainingTime.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;

const base: WhatIfInput = { modelId: null, systemId: null, gpus: null, mfuPct: null, priceUsd: null, pue: null, basis: 'bf16' };
function run(patch: Partial<WhatIfInput>): WhatIfResult {
  const r = resolveWhatIf(d, { ...base, ...patch });
  if (!r.ok) throw new Error(`what-if failed: ${r.problem}`);
  return r;
}

describe('agrees with the papers (a run on its own cluster gives its own days back)', () => {
  test('DeepSeek-V3: 2.788 M H800 GPU-hours on 2,048 GPUs ≈ 56.7 days (~57)', () => {
    const r = run({ modelId: 'deepseek-v3', systemId: 'deepseek-v3-cluster' });
    expect(r.compute.kind).toBe('gpu-hours');
    expect(r.days).toBeCloseTo(56.7, 1);
    expect(Math.round(r.days)).toBe(57);
  });

  test('Llama 3.1 405B: 30.84 M H100 GPU-hours on 16,384 GPUs ≈ 78.4 days (~78)', () => {
    const r = run({ modelId: 'llama-3-1-405b', systemId: 'llama-3-1-405b-run' });
    expect(r.days).toBeCloseTo(78.4, 1);
    expect(Math.round(r.days)).toBe(78);
  });

  test('the same holds on the FP8 basis, since both ends use the same one', () => {
    expect(Math.round(run({ modelId: 'deepseek-v3', systemId: 'deepseek-v3-cluster', basis: 'fp8' }).days)).toBe(57);
  });
});

test('defaults: DeepSeek-V3 on MareNostrum 5 ACC, 40 % MFU both ends, the DeepSeek price, PUE 1.2', () => {
  const r = run({});
  expect([r.model.id, r.system.id]).toEqual(['deepseek-v3', 'marenostrum-5-acc']);
  expect([r.mfu, r.sourceMfu]).toEqual([DEFAULT_MFU_PCT / 100, DEFAULT_MFU_PCT / 100]);
  expect(r.price?.row?.id).toBe(DEFAULT_PRICE_ID);
  expect(r.pue).toBe(DEFAULT_PUE);
  // By peak ratio only: the source's GPU-hours scaled by peak(H800) / peak(H100 64GB).
  const hours = r.compute.kind === 'gpu-hours' ? r.compute.figure.value * 1e6 * (r.compute.peak.value / r.peak.value) : NaN;
  expect(r.gpuHours).toBeCloseTo(hours, 3);
  expect(r.days).toBeCloseTo(hours / r.gpus / 24, 6);
  // The MareNostrum 5 peak is an upper bound, so the result is an estimate; its TDP is assumed.
  expect(r.peak.qualifier).toBe('at-most');
  expect(r.confidence).toBe('estimate');
  expect(r.tdp).toMatchObject({ isAssumed: true, from: { id: TDP_FALLBACK_HARDWARE } });
});

describe('invariants', () => {
  const mfu = fc.integer({ min: 1, max: 50 });
  const gpus = fc.integer({ min: 1, max: 1_000_000 });
  const target = fc.constantFrom(...whatifTargets(d).map((s) => s.id));
  const model = fc.constantFrom('deepseek-v3', 'llama-3-1-405b', 'alia-40b', 'gpt-4');

  test('twice the GPUs, half the days; cost and energy do not depend on the count', () => {
    fc.assert(
      fc.property(model, target, gpus, mfu, (modelId, systemId, n, m) => {
        const one = run({ modelId, systemId, gpus: n, mfuPct: m });
        const two = run({ modelId, systemId, gpus: 2 * n, mfuPct: m });
        expect(two.days).toBeCloseTo(one.days / 2, 9);
        expect(two.costUsd).toBe(one.costUsd);
        expect(two.energyMwh).toBe(one.energyMwh);
      }),
    );
  });

  test('twice the target MFU, half the days and half the GPU-hours', () => {
    fc.assert(
      fc.property(model, target, mfu, (modelId, systemId, m) => {
        const one = run({ modelId, systemId, mfuPct: m });
        const two = run({ modelId, systemId, mfuPct: 2 * m });
        expect(two.days / one.days).toBeCloseTo(0.5, 12);
        expect(two.gpuHours / one.gpuHours).toBeCloseTo(0.5, 12);
      }),
    );
  });

  test('cost = GPU-hours × price; energy = GPU-hours × TDP × PUE / 10⁶', () => {
    fc.assert(
      fc.property(target, fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 1, max: 3, noNaN: true }), (systemId, price, pue) => {
        const r = run({ systemId, priceUsd: price, pue });
        expect(r.costUsd).toBeCloseTo(r.gpuHours * price, 3);
        expect(r.energyMwh).toBeCloseTo((r.gpuHours * r.tdp!.figure.value * pue) / 1e6, 6);
      }),
    );
  });

  test('hostile numbers never give NaN or Infinity', () => {
    const num = fc.oneof(fc.double(), fc.constant(null), fc.integer());
    fc.assert(
      fc.property(target, num, num, num, num, (systemId, g, m, p, u) => {
        const r = run({ systemId, gpus: g, mfuPct: m, priceUsd: p, pue: u });
        for (const v of [r.days, r.gpuHours, r.costUsd, r.energyMwh]) expect(Number.isFinite(v)).toBe(true);
        expect(r.days).toBeGreaterThan(0);
      }),
    );
  });
});

describe('missing figures are explained, not guessed silently', () => {
  test('a model with neither GPU-hours nor FLOP, an unknown system, a system without count or peak', () => {
    const none = d.models.find((m) => !m.gpuHoursM && !m.trainingFlop)!;
    expect(resolveWhatIf(d, { ...base, modelId: none.id })).toMatchObject({ ok: false, problem: 'no-compute' });
    expect(resolveWhatIf(d, { ...base, systemId: 'nope' })).toMatchObject({ ok: false, problem: 'unknown-system' });
    const noCount = d.systems.find((s) => !s.acceleratorCount && s.accelerator)!;
    expect(resolveWhatIf(d, { ...base, systemId: noCount.id })).toMatchObject({ ok: false });
    const noPeak = d.systems.find((s) => s.acceleratorCount && s.accelerator && !d.hardware.find((h) => h.id === s.accelerator)?.bf16DenseTflops)!;
    expect(resolveWhatIf(d, { ...base, systemId: noPeak.id })).toMatchObject({ ok: false, problem: 'no-peak' });
    expect(whatifTargets(d).map((s) => s.id)).not.toContain(noPeak.id);
  });

  test('a custom count makes a system without one usable', () => {
    const r = run({ systemId: 'deepseek-v3-cluster', gpus: 4096 });
    expect(r.countFigure).toBeUndefined();
    expect(r.days).toBeCloseTo(run({ systemId: 'deepseek-v3-cluster' }).days / 2, 9);
  });

  test('FP8 on an accelerator without FP8 falls back to BF16 and says which', () => {
    const noFp8 = whatifTargets(d).find((s) => !d.hardware.find((h) => h.id === s.accelerator)?.fp8DenseTflops)!;
    const r = run({ systemId: noFp8.id, basis: 'fp8' });
    expect(r.basis).toBe('bf16');
    expect(r.fp8MissingOn.map((h) => h.id)).toEqual([noFp8.accelerator]);
  });

  test('GPT-4 has only FLOP: days = FLOP / (N × peak × MFU) / 86,400', () => {
    const r = run({ modelId: 'gpt-4' });
    expect(r.compute.kind).toBe('flop');
    expect(r.days).toBeCloseTo(r.compute.figure.value / (r.gpus * r.peak.value * 1e12 * r.mfu) / 86400, 9);
  });
});
