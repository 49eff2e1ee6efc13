import { resolve } from 'node:path';
import { loadValidDataset } from '../../../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../../../scripts/worldFiles.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import { chipsDescription, chipsOverTime } from './worldChips.series.ts';

const dataDir = resolve(__dirname, '../../../../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);
const w = MESSAGES.en.worldCharts;
const view = (basis: 'bf16' | 'fp8') => chipsOverTime(dataset, world, basis, 'en', MESSAGES.en, w);

test('one mark per chip with a date and a figure; the post’s chips H100 and H800 are labelled', () => {
  const v = view('bf16');
  expect(v.marks.length).toBe(world.chips.filter((c) => c.releaseDate && (c.bf16Flops || (c.curatedId && dataset.hardware.find((h) => h.id === c.curatedId)?.bf16DenseTflops))).length);
  const labelled = v.marks.filter((x) => x.isLabelled).map((x) => x.label);
  expect(labelled).toEqual(expect.arrayContaining(['H100 SXM', 'H800']));
  const h100 = v.points.find((p) => p.name === 'H100 SXM')!;
  expect(h100.value).toBe(dataset.hardware.find((h) => h.id === 'h100-sxm-80gb')!.bf16DenseTflops!.value);
  expect(h100.unit).toBe('TFLOP/s');
});

test('vendor by colour and shape together, at most five slots; price in the table where known', () => {
  const v = view('bf16');
  expect(v.vendors.length).toBeLessThanOrEqual(5);
  for (const mk of v.marks) {
    const key = v.vendors.find((k) => k.colour === mk.colour)!;
    expect(key.shape).toBe(mk.shape);
  }
  expect(v.vendors[0]!.vendor).toBe('NVIDIA');
  const prices = v.points.map((p) => p.columns.find((e) => e.key === 'release_price_usd')!.raw);
  expect(prices.some((r) => r !== '')).toBe(true);
  expect(prices.some((r) => r === '')).toBe(true);
});

test('a vendor keeps its colour and shape when the basis switches between BF16 and FP8', () => {
  const slots = (b: 'bf16' | 'fp8') => new Map(view(b).vendors.map((k) => [k.vendor, `${k.colour} ${k.shape}`]));
  const bf16 = slots('bf16');
  const fp8 = slots('fp8');
  const both = [...fp8.keys()].filter((v) => bf16.has(v) && v !== w.otherVendor);
  expect(both.length).toBeGreaterThan(1);
  for (const v of both) expect(fp8.get(v), v).toBe(bf16.get(v));
  // No two vendors share a slot on either basis.
  for (const m of [bf16, fp8]) expect(new Set(m.values()).size).toBe(m.size);
});

test('FP8 shows only chips with an FP8 figure, fewer than BF16; every point credits Epoch', () => {
  const bf16 = view('bf16');
  const fp8 = view('fp8');
  expect(fp8.marks.length).toBeGreaterThan(0);
  expect(fp8.marks.length).toBeLessThan(bf16.marks.length);
  for (const p of fp8.points) expect(p.sources.map((s) => s.title)).toContain('Data: Epoch AI (CC BY 4.0)');
  expect(chipsDescription(fp8, 'FP8', 'en', w)).toMatch(/peak dense FP8 performance of \d+\saccelerators/);
});

test('a pinned chip is highlighted (labelled first), by Epoch id or curated id', () => {
  const epochOnly = world.chips.find((c) => !c.curatedId && c.releaseDate && c.bf16Flops)!;
  const v = chipsOverTime(dataset, world, 'bf16', 'en', MESSAGES.en, w, [epochOnly.id, 'h100-sxm-80gb']);
  const highlighted = v.marks.filter((x) => x.isHighlighted);
  expect(highlighted.map((x) => x.label).sort()).toEqual([epochOnly.name, 'H100 SXM'].sort());
  expect(view('bf16').marks.some((x) => x.isHighlighted)).toBe(false);
});
