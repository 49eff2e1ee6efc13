import { resolve } from 'node:path';
import { loadValidDataset } from '../../../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../../../scripts/worldFiles.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import { fitLogLinear } from '../../../metrics/trendFit.ts';
import { modelEntities, modelsDescription, modelsFrame, modelsKey, modelsOverTime, modelsView, trendSentence } from './worldModels.series.ts';

const dataDir = resolve(__dirname, '../../../../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);
const w = MESSAGES.en.worldCharts;
const view = (access: 'all' | 'open' | 'closed' = 'all') => modelsOverTime(dataset, world, access, 'en', MESSAGES.en, w);

test('every model with a figure and a date is one mark; a matched model appears once, with the curated figure', () => {
  const v = view();
  const ids = v.marks.map((x) => x.id);
  expect(new Set(ids).size).toBe(ids.length);
  const epochWithFigure = world.models.filter((m) => m.trainingComputeFlop && m.publicationDate).length;
  expect(v.marks.length).toBeGreaterThanOrEqual(epochWithFigure);
  const llama = v.marks.filter((x) => /Llama 3\.1.?405B/i.test(x.label));
  expect(llama).toHaveLength(1);
  expect(llama[0]!.value).toBe(dataset.models.find((m) => m.id === 'llama-3-1-405b')!.trainingFlop!.value);
  expect(v.marks.find((x) => x.id === 'gpt-4')?.isLabelled).toBe(true);
});

test('ALIA-40b and Salamandra come from the curated data, labelled, open weights', () => {
  const v = view();
  for (const id of ['alia-40b', 'salamandra-2b']) {
    const mk = v.marks.find((x) => x.id === id)!;
    expect(mk.isLabelled).toBe(true);
    expect(mk.shape).toBe('circle');
    const p = v.points.find((x) => x.id === id)!;
    expect(p.columns.find((e) => e.key === 'figure_from')?.raw).toBe('curated');
    expect(p.columns.find((e) => e.key === 'weights')?.raw).toBe('open');
  }
  // A curated model without a date or a figure is named, not silently dropped.
  expect(v.notShown).toContain(dataset.models.find((m) => m.id === 'salamandra-7b')!.name);
});

test('Epoch’s own word for its confidence is in the tooltip and CSV; every point credits Epoch or a curated source', () => {
  const v = view();
  const epochOnly = v.points.find((p) => p.columns.find((e) => e.key === 'figure_from')?.raw === 'epoch' && p.columns.find((e) => e.key === 'epoch_confidence')?.raw)!;
  const word = epochOnly.columns.find((e) => e.key === 'epoch_confidence')!.raw;
  expect(['Confident', 'Likely', 'Speculative', 'Unknown']).toContain(word);
  expect(v.marks.find((x) => x.id === epochOnly.id)!.details.some((d) => d.value === word)).toBe(true);
  for (const p of v.points) expect(p.sources.length).toBeGreaterThan(0);
  expect(v.points.find((p) => p.id === 'llama-3-1-405b')!.sources.map((s) => s.title)).toContain('Data: Epoch AI (CC BY 4.0)');
});

test('the open/closed filter keeps only what it says', () => {
  const open = view('open');
  const closed = view('closed');
  expect(open.points.every((p) => p.columns.find((e) => e.key === 'weights')!.raw === 'open')).toBe(true);
  expect(closed.points.every((p) => p.columns.find((e) => e.key === 'weights')!.raw === 'closed')).toBe(true);
  expect(open.marks.length + closed.marks.length).toBeLessThanOrEqual(view().marks.length);
  expect(open.marks.length).toBeGreaterThan(10);
  expect(closed.marks.length).toBeGreaterThan(10);
  // The chart's frame is every model whatever the filter; the filter only names what it hides.
  expect(open.frame.map((x) => x.id)).toEqual(view().marks.map((x) => x.id));
  expect([...open.hidden].sort()).toEqual(view().marks.filter((x) => !open.marks.some((o) => o.id === x.id)).map((x) => x.id).sort());
  expect(view().hidden.size).toBe(0);
});

test('the trend is the shared log-linear fit of the marks since 2010, and its line runs along it', () => {
  const v = view();
  const { entities } = modelEntities(dataset, world, 'en');
  const expected = fitLogLinear(entities.filter((e) => Number(e.date.slice(0, 4)) >= 2010).map((e) => ({ date: e.date, value: e.flop })))!;
  expect(v.trend!.growthPerYear).toBeCloseTo(expected.growthPerYear, 10);
  expect(v.trend!.growthPerYear).toBeGreaterThan(1);
  expect(v.trend!.growthInterval[0]).toBeLessThan(v.trend!.growthPerYear);
  expect(v.lines[0]!.points[1]!.value / v.lines[0]!.points[0]!.value).toBeGreaterThan(1);
  expect(trendSentence(v.trend, 'en', w)).toMatch(/grows ×[\d.]+ a year \(90 % interval: ×[\d.]+ to ×[\d.]+\); it doubles every [\d.]+ months/);
});

test('the alt text names the count, the trend, the largest and the post’s models', () => {
  const text = modelsDescription(view(), 'en', w);
  expect(text).toMatch(/^Scatter plot of the training compute of [\d,]+\sAI models/);
  expect(text).toContain('The largest is');
  for (const name of ['ALIA-40b', 'DeepSeek-V3', 'GPT-4']) expect(text).toContain(name);
  const es = modelsDescription(modelsOverTime(dataset, world, 'all', 'es', MESSAGES.es, MESSAGES.es.worldCharts), 'es', MESSAGES.es.worldCharts);
  expect(es).toMatch(/^Gráfico de dispersión/);
});

test('a pinned model is highlighted (labelled first), also when the pin names the Epoch row of a curated model', () => {
  const matched = world.models.find((x) => x.curatedId && x.id !== x.curatedId)!;
  const v = modelsOverTime(dataset, world, 'all', 'en', MESSAGES.en, w, ['grok-4', matched.id]);
  const highlighted = v.marks.filter((x) => x.isHighlighted).map((x) => x.id);
  expect(highlighted.sort()).toEqual(['grok-4', matched.curatedId!].sort());
  expect(view().marks.some((x) => x.isHighlighted)).toBe(false);
});

test('the key keeps every access and confidence entry the frame can show; an entry the filter shows nothing of is off', () => {
  const frame = modelsFrame(dataset, world, 'en', MESSAGES.en, w);
  const keyOf = (access: 'all' | 'open' | 'closed') => modelsKey(frame, modelsView(frame, access, 'en', w), MESSAGES.en, w);
  const all = keyOf('all');
  const open = keyOf('open');
  const labels = (k: typeof all) => k.filter((e) => !e.line).map((e) => e.label);
  expect(labels(open)).toEqual(labels(all));
  expect(all.filter((e) => e.isOff)).toEqual([]);
  expect(open.filter((e) => e.isOff).map((e) => e.label)).toEqual(expect.arrayContaining([w.closed]));
  expect(open.find((e) => e.label === w.open)?.isOff).toBe(false);
  expect(keyOf('closed').find((e) => e.label === w.open)?.isOff).toBe(true);
});
