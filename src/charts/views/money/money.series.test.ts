/**
 * The money chart speaks the page's language inside the chart too: bar labels, accessible names,
 * tooltips' titles and the CSV's `name` carry each row's label in Spanish on a Spanish page and in
 * English on an English one (data/labels.ts).
 */
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../../../scripts/datasetFiles.ts';
import { toCsv } from '../../frame/dataPoint.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import { moneyPoints, moneyRows, type MoneyOptions } from './money.series.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const o: MoneyOptions = { currency: 'EUR', ids: [], highlight: null };
const chart = (lang: 'es' | 'en') => {
  const points = moneyPoints(d, o, lang, MESSAGES[lang]);
  return { points, rows: moneyRows(d, points, o, lang, MESSAGES[lang]) };
};

test.each(['es', 'en'] as const)('every bar, its accessible name and its data point name the row in %s', (lang) => {
  const { points, rows } = chart(lang);
  expect(rows).toHaveLength(d.money.length);
  for (const row of rows) {
    const rec = d.money.find((r) => r.id === row.id)!;
    const label = lang === 'es' ? rec.labels.es : rec.label;
    const subject = lang === 'es' ? (rec.subjects?.es ?? rec.subject) : rec.subject;
    expect(row.label).toBe(`${subject} · ${label}`);
    expect(row.ariaLabel).toContain(`${subject}, ${label}: `);
    expect(points.find((p) => p.id === row.id)!.name).toBe(`${subject}: ${label}`);
  }
});

test('a Spanish page shows no English label, and its CSV names rows as the page does', () => {
  const { rows, points } = chart('es');
  const english = d.money.filter((r) => r.labels.es !== r.label).map((r) => r.label);
  expect(english.length).toBe(d.money.length);
  for (const row of rows) for (const text of english) expect(row.label).not.toContain(text);
  // Nor an English subject where the data translates it ("Spain AI budgets").
  const translated = d.money.filter((r) => r.subjects?.es);
  expect(translated.length).toBeGreaterThan(0);
  for (const r of translated) expect(rows.find((x) => x.id === r.id)!.label.startsWith(`${r.subjects!.es} · `)).toBe(true);
  for (const row of rows) for (const r of translated) expect(row.label).not.toContain(r.subject);
  const csv = toCsv(points);
  const plan = d.money.find((r) => r.id === 'plan-tl')!;
  expect(csv).toContain(`${plan.subject}: ${plan.labels.es}`);
  expect(csv).not.toContain(plan.label);
});
