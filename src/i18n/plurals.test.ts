/**
 * Counts that can be one read in the singular: a filter to Spain leaves one cluster, and the
 * page said "1 clústeres" / "1 GPU clusters". The messages take the count (for the language's
 * plural rules) and its formatted text (what they print).
 */
import { beforeAll, expect, test } from 'vitest';
import { loadAllMessages, MESSAGES } from './messages.ts';

beforeAll(() => loadAllMessages());

test('Spanish: one cluster, one H100-equivalent', () => {
  const { clusters: c, asOf: a } = MESSAGES.es;
  expect(c.subtitle(1, '1')).toMatch(/^1 clúster de GPU /);
  expect(c.subtitle(2, '2')).toMatch(/^2 clústeres de GPU /);
  expect(c.subtitle(1234, '1.234')).toMatch(/^1\.234 clústeres de GPU /);
  expect(c.trendBasis(1, '1', 'x')).toMatch(/sobre 1 clúster:/);
  expect(c.notShown(1, '1')).toMatch(/^Un clúster .* no aparece /);
  expect(c.notShown(44, '44')).toMatch(/^44 clústeres .* no aparecen /);
  expect(c.alt(1, '1', 'a', 'b', 'c', '')).toMatch(/de 1 clúster de GPU/);
  expect(c.markLabel('X', 1, '1', 'd', 's', 'st', 'ce')).toMatch(/^X: 1 equivalente H100,/);
  expect(c.markLabel('X', 4480, '4.480', 'd', 's', 'st', 'ce')).toMatch(/^X: 4\.480 equivalentes H100,/);
  expect(a.subtitle(1, '1', 'w', '15')).toMatch(/^1 clúster en servicio /);
  expect(a.withoutFigure(1, '1')).toMatch(/^Un clúster .* no tiene /);
  expect(a.largest('X', 1, '1')).toMatch(/1 equivalente H100\.$/);
  // A day takes the article: "El 17 dic 2025", not "En 17 dic 2025".
  expect(c.gap('6,2', '17 dic 2025')).toMatch(/^El 17 dic 2025, /);
});

test('English: one cluster, one H100-equivalent', () => {
  const { clusters: c, asOf: a } = MESSAGES.en;
  expect(c.subtitle(1, '1')).toMatch(/^1 GPU cluster by /);
  expect(c.subtitle(2, '2')).toMatch(/^2 GPU clusters by /);
  expect(c.trendBasis(1, '1', 'x')).toMatch(/on 1 cluster:/);
  expect(c.notShown(1, '1')).toMatch(/^One cluster .* is not drawn/);
  expect(c.notShown(0, '0')).toMatch(/^0 clusters .* are not drawn/);
  expect(c.alt(1, '1', 'a', 'b', 'c', '')).toMatch(/of 1 GPU cluster between/);
  expect(c.markLabel('X', 1, '1', 'd', 's', 'st', 'ce')).toMatch(/^X: 1 H100-equivalent,/);
  expect(a.subtitle(1, '1', 'w', '15')).toMatch(/^1 cluster running /);
  expect(a.withoutFigure(1, '1')).toMatch(/^One cluster running then has /);
  expect(a.largest('X', 1, '1')).toMatch(/1 H100-equivalent\.$/);
});
