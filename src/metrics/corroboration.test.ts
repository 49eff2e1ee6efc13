import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { corroborationOf } from './corroboration.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const card = d.comparisons.find((c) => c.id === 'chatgpt-claim-vs-alia')!;

test("ALIA's 10.1 M€ is corroborated by El Español's 10.2 M€; neither is a primary document", () => {
  const c = corroborationOf(d, card, 'en')!;
  expect(c.others.map((o) => [o.id, o.figure.value, o.figure.unit])).toEqual([['alia-budget-line-2026', 10.2, 'M EUR']]);
  expect([c.low, c.high]).toEqual([10.1, 10.2]);
  expect(c.hasNoPrimary).toBe(true);
});

test('an official figure among them means a primary document does state it', () => {
  const official = structuredClone(d);
  official.money.find((m) => m.id === 'alia-budget-line-2026')!.amount.confidence = 'official';
  expect(corroborationOf(official, card, 'en')!.hasNoPrimary).toBe(false);
});

test('no corroboration listed, or figures in another unit, give none rather than a mixed range', () => {
  expect(corroborationOf(d, { ...card, corroboratedBy: undefined }, 'en')).toBeNull();
  expect(corroborationOf(d, { ...card, corroboratedBy: ['deepseek-v3-training-compute'] }, 'en')).toBeNull();
});

test("each corroborating report is named in the page's language: Spanish on a Spanish page", () => {
  const row = d.money.find((r) => r.id === 'alia-budget-line-2026')!;
  expect(corroborationOf(d, card, 'es')!.others.map((o) => o.name)).toEqual([`ALIA: ${row.labels.es}`]);
  expect(corroborationOf(d, card, 'en')!.others.map((o) => o.name)).toEqual([`ALIA: ${row.label}`]);
  expect(row.labels.es).not.toBe(row.label);
});
