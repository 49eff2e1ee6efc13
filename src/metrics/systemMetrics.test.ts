import fc from 'fast-check';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import type { Figure, Hardware, SystemRecord } from '../data/schema.ts';
import { H100_REFERENCE_ID, systemMetric } from './systemMetrics.ts';

const fig = <U extends string>(value: number, unit: U, extra: Partial<Figure> = {}) =>
  ({ value, unit, asOf: '2024-11', source: 's', confidence: 'official', ...extra }) as Figure & { unit: U };
const hw = (id: string, bf16: number, extra: Partial<Figure> = {}): Hardware => ({
  id,
  name: id,
  shortName: id,
  vendor: 'v',
  kind: 'gpu',
  bf16DenseTflops: fig(bf16, 'TFLOP/s', extra),
});
const sys = (count: number, accelerator: string, extra: Partial<Figure> = {}): SystemRecord => ({
  id: 'x',
  name: 'x',
  shortName: 'x',
  kind: 'supercomputer',
  country: 'ES',
  region: 'europe',
  ownerType: 'public',
  owner: 'o',
  accelerator,
  acceleratorCount: fig(count, 'accelerators', extra),
  top500: [],
});
const hardware = new Map([
  [H100_REFERENCE_ID, hw(H100_REFERENCE_ID, 989.4, { confidence: 'reported' })],
  ['h100-64gb', hw('h100-64gb', 989.4, { confidence: 'estimate', qualifier: 'at-most' })],
  ['a100', hw('a100', 312)],
]);

test('MareNostrum 5: 4,480 GPUs, at most 4.43 EFLOP/s BF16, an estimate because the 64 GB peak is assumed', () => {
  const s = sys(4480, 'h100-64gb');
  expect(systemMetric(s, hardware, 'accelerators')).toMatchObject({ value: 4480, confidence: 'official' });
  const bf16 = systemMetric(s, hardware, 'bf16')!;
  expect(bf16.value).toBeCloseTo(4432.5, 1);
  expect(bf16.confidence).toBe('estimate');
  expect(bf16.qualifier).toBe('at-most'); // an upper bound in, an upper bound out
});

test('H100-equivalents of A100s scale by the peak ratio', () => {
  expect(systemMetric(sys(1000, 'a100'), hardware, 'h100e')!.value).toBeCloseTo((1000 * 312) / 989.4, 6);
});

test('a system without a count or a peak has no value for that metric', () => {
  const cpu: SystemRecord = { ...sys(1, 'a100'), accelerator: undefined, acceleratorCount: undefined };
  expect(systemMetric(cpu, hardware, 'accelerators')).toBeNull();
  expect(systemMetric(sys(10, 'unknown'), hardware, 'bf16')).toBeNull();
});

test('invariant: every metric is proportional to the accelerator count', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 500_000 }), fc.constantFrom('accelerators', 'bf16', 'h100e' as const), (n, m) => {
      const one = systemMetric(sys(n, 'a100'), hardware, m)!.value;
      const two = systemMetric(sys(2 * n, 'a100'), hardware, m)!.value;
      expect(two / one).toBeCloseTo(2, 9);
    }),
  );
});

test('DeepSeek-V3: 2,048 H800 are exactly 2,048 H100-equivalents in the data (same Hopper compute, cut interconnect)', () => {
  const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../data'));
  if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
  const d = loaded.dataset;
  const hardwareById = new Map(d.hardware.map((h) => [h.id, h]));
  const cluster = d.systems.find((s) => s.id === 'deepseek-v3-cluster')!;
  expect(cluster.accelerator).toBe('h800');
  const eq = systemMetric(cluster, hardwareById, 'h100e')!;
  expect(eq.value).toBe(2048);
  // Not an approximate figure: the peak is the H100 SXM's own value, not "about 989".
  expect(eq.qualifier).toBeUndefined();
});
