import { resolve } from 'node:path';
import { isolate } from '../../../data/text.ts';
import { loadDatasetFromDir } from '../../../../scripts/datasetFiles.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import { layoutRanks } from '../../kinds/top500.layout.ts';
import {
  defaultEdition,
  editionDescription,
  editionsOf,
  editionView,
  FOCUS_SYSTEMS,
  historyDescription,
  historyPoints,
  historySeries,
  resolveEdition,
} from './top500.series.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const m = MESSAGES.es;
const series = (highlight: string | null = null) => historySeries(d, historyPoints(d, 'es', m), highlight, 'es', m);
const acc = () => series().find((s) => s.id === 'marenostrum-5-acc')!;

// Nov 2025 is left out: its ranks were only on secondary pages (data/systems.json, system notes).
test("MareNostrum 5 ACC comes out 8th, 8th, 11th, 14th, read from the data (the official lists' ranks)", () => {
  expect(acc().points.map((p) => p.rank)).toEqual([8, 8, 11, 14]);
  const raw = d.systems.find((s) => s.id === 'marenostrum-5-acc')!.top500;
  expect(acc().points.map((p) => p.edition)).toEqual(raw.map((t) => t.edition).sort());
  expect(acc().isHighlighted).toBe(true);
});

test('ranks from the official lists draw solid lines; a rank with weaker confidence keeps it and draws its segment dashed', () => {
  const accSegs = (ds: typeof d) =>
    layoutRanks(historySeries(ds, historyPoints(ds, 'es', m), null, 'es', m), editionsOf(ds), 900).segments.filter((s) => s.seriesId === 'marenostrum-5-acc');
  expect(acc().points.every((p) => p.confidence === 'official')).toBe(true);
  expect(accSegs(d).map((s) => s.isDashed)).toEqual([false, false, false]);
  // The same history with its latest rank read only from a secondary page:
  const weaker = structuredClone(d);
  const entries = weaker.systems.find((s) => s.id === 'marenostrum-5-acc')!.top500;
  [...entries].sort((a, b) => a.edition.localeCompare(b.edition)).at(-1)!.rank.confidence = 'reported';
  const points = historySeries(weaker, historyPoints(weaker, 'es', m), null, 'es', m).find((s) => s.id === 'marenostrum-5-acc')!.points;
  expect(points.at(-1)!.confidence).toBe('reported');
  expect(accSegs(weaker).map((s) => s.isDashed)).toEqual([false, false, true]);
  expect(historyDescription(historySeries(weaker, historyPoints(weaker, 'es', m), null, 'es', m), 'es', m)).toMatch(/jun\u00a02025 no es oficial/);
});

test('one point per system and edition in the data, each with its sources and Rmax when known', () => {
  const points = historyPoints(d, 'en', MESSAGES.en);
  expect(points).toHaveLength(d.systems.reduce((n, s) => n + s.top500.length, 0));
  for (const p of points) {
    expect(p.sources.length).toBeGreaterThan(0);
    expect(p.unit).toBe('rank');
  }
  const tooltip = acc().points[0]!.details.map((x) => `${x.label}: ${x.value}`).join('\n');
  expect(tooltip).toMatch(/Rmax: 138,2\u00a0PFLOP\/s/);
});

test('the default edition is the latest of those listing the most systems', () => {
  const count = (e: string) => d.systems.filter((s) => s.top500.some((t) => t.edition === e)).length;
  const editions = editionsOf(d);
  const best = Math.max(...editions.map(count));
  expect(defaultEdition(d)).toBe(editions.filter((e) => count(e) === best).at(-1));
  expect(resolveEdition(d, null)).toBe(defaultEdition(d));
  expect(resolveEdition(d, editions[0]!)).toBe(editions[0]);
  expect(resolveEdition(d, '1999-06')).toBe(defaultEdition(d));
});

test("an edition's bars: largest Rmax first, MareNostrum 5 highlighted, systems without Rmax named, none dropped", () => {
  for (const e of editionsOf(d)) {
    const v = editionView(d, e, null, 'es', m);
    const values = v.points.map((p) => p.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const onList = d.systems.filter((s) => s.top500.some((t) => t.edition === e));
    expect(v.points.length + v.missing.length).toBe(onList.length);
    for (const r of v.rows) expect(r.isHighlighted).toBe(FOCUS_SYSTEMS.includes(r.id));
  }
  const nov24 = editionView(d, '2024-11', 'lumi', 'es', m);
  expect(nov24.rows.find((r) => r.id === 'lumi')!.isHighlighted).toBe(true);
});

test('generated descriptions name MareNostrum 5 with its first and last ranks', () => {
  const text = historyDescription(series(), 'es', m);
  expect(text).toContain(`${isolate('MareNostrum 5 ACC')} fue 8.º en nov\u00a02023 y 14.º en jun\u00a02025.`);
  const en = historyDescription(historySeries(d, historyPoints(d, 'en', MESSAGES.en), null, 'en', MESSAGES.en), 'en', MESSAGES.en);
  expect(en).toContain(`${isolate('MareNostrum 5 ACC')} was 8th in Nov\u00a02023 and 14th in Jun\u00a02025.`);
  const ed = editionDescription(editionView(d, '2024-11', null, 'es', m), '2024-11', 'es', m);
  expect(ed).toContain(`${isolate('MareNostrum 5 ACC')} es 11.º`);
  expect(ed).not.toMatch(/NaN|undefined|Infinity/);
});
