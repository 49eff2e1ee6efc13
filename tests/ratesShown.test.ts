/**
 * Wherever a converted money value is shown (money chart bar, tooltip, table, CSV, compare),
 * the rate used, its date and its rule are shown with it, in Spanish and English; a figure
 * dated after the last fixing says so beside its number.
 */
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../scripts/datasetFiles.ts';
import { toCsv } from '../src/charts/frame/dataPoint.ts';
import { comparePoints, warningTexts } from '../src/charts/views/compare/compare.series.ts';
import { moneyPoints, moneyRows } from '../src/charts/views/money/money.series.ts';
import { MESSAGES } from '../src/i18n/messages.ts';
import { compareEntities } from '../src/metrics/comparisons.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const { es, en } = MESSAGES;
const money = (currency: 'EUR' | 'USD', lang: 'es' | 'en') => {
  const o = { currency, ids: [], highlight: null };
  const points = moneyPoints(d, o, lang, MESSAGES[lang]);
  return { points, rows: moneyRows(d, points, o, lang, MESSAGES[lang]) };
};
const detail = (rows: ReturnType<typeof money>['rows'], id: string, label: string) =>
  rows.find((r) => r.id === id)!.details.find((x) => x.label === label)?.value;

test('Plan TL in dollars: the tooltip and table name the 2015 mean it was converted at', () => {
  const { rows: esRows, points } = money('USD', 'es');
  expect(detail(esRows, 'plan-tl', es.detail.rate)).toBe('90\u00a0M€ · 1\u00a0€ = 1,1095\u00a0$ (media de los 256 cambios diarios del BCE de 2015)');
  expect(points.find((p) => p.id === 'plan-tl')!.columns.find((e) => e.key === 'converted_from')!.value).toContain('1,1095');
  const { rows: enRows } = money('USD', 'en');
  expect(detail(enRows, 'plan-tl', en.detail.rate)).toMatch(/1\u00a0€ = 1\.1095\u00a0\$ \(mean of the 256 daily ECB rates of 2015\)$/);
});

test('DeepSeek-V3 in euros: the rate of 24 Dec 2024, the last business day before its 26 Dec date', () => {
  const { rows } = money('EUR', 'en');
  expect(detail(rows, 'deepseek-v3-training-compute', en.detail.rate)).toMatch(/ECB rate of Dec\u00a024,\u00a02024, the last business day before Dec\u00a026,\u00a02024\)$/);
});

test('figures dated after the last fixing (9 May 2025) say so beside the number, and only they do', () => {
  const { rows } = money('USD', 'es');
  const marked = rows.filter((r) => r.valueLabel.includes('último cambio')).map((r) => r.id).sort();
  const later = d.money.filter((r) => r.amount.unit === 'M EUR' && r.amount.asOf > '2025-05-09').map((r) => r.id).sort();
  expect(later).toEqual(['alia-budget-line-2026', 'marenostrum-5-ai-upgrade']);
  expect(marked).toEqual(later);
  expect(rows.find((r) => r.id === 'marenostrum-5-ai-upgrade')!.valueLabel).toMatch(/ \(último cambio: 9\u00a0may\u00a02025\)$/);
  expect(detail(rows, 'marenostrum-5-ai-upgrade', es.detail.rate)).toMatch(/último cambio del BCE de los datos, del 9\u00a0may\u00a02025: la cifra \(dic\u00a02025\) es posterior/);
  // Unconverted (already in euros), nothing to say.
  expect(money('EUR', 'es').rows.some((r) => r.valueLabel.includes('último cambio'))).toBe(false);
});

test('the CSV carries each converted row\'s rate, rule and period in plain ASCII', () => {
  const csv = toCsv(money('USD', 'en').points);
  expect(csv).toContain('90 M EUR at 1.1095 USD/EUR; year-mean 2015 (256 fixings)');
  expect(csv).toContain('7000 M EUR at 1.1827 USD/EUR; year-mean 2021 (258 fixings)');
  expect(csv).toContain('129 M EUR at 1.1252 USD/EUR; after-last 2025-05-09');
});

test("compare converts B at B's own date and says which rate", () => {
  const r = compareEntities(d, 'eurohpc-2021-2027', 'gpt-4-compute-estimate', 'en');
  if (!r.ok) throw new Error('not comparable');
  const warning = warningTexts(r.comparison, 'en', en).find((w) => w.includes('converted'))!;
  expect(warning).toContain("at the rate of its own date: 1\u00a0€ = 1.0956\u00a0$ (ECB rate of Jul\u00a010,\u00a02023)");
  const b = comparePoints(d, r.comparison, 'es', es)[1]!;
  expect(b.columns.find((e) => e.key === 'converted_from')!.value).toBe('63\u00a0M$ · 1\u00a0€ = 1,0956\u00a0$ (cambio del BCE del 10\u00a0jul\u00a02023)');
});
