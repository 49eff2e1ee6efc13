/** The Sources list names money and price figures in the reader's language. */
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { collectFigures } from './figures.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const names = (lang: 'es' | 'en') => new Map(collectFigures(d, lang).map((f) => [f.entityId, f.entityName]));

test('money and price rows are named in Spanish in es and in English in en; the figures are the same', () => {
  const es = names('es');
  const en = names('en');
  for (const r of d.money) {
    expect(es.get(r.id)).toBe(`${r.subjects?.es ?? r.subject}: ${r.labels.es}`);
    expect(en.get(r.id)).toBe(`${r.subject}: ${r.label}`);
  }
  for (const r of d.prices) expect([es.get(r.id), en.get(r.id)]).toEqual([r.labels.es, r.label]);
  expect(collectFigures(d, 'es').map((f) => [f.entityId, f.field, f.figure])).toEqual(collectFigures(d, 'en').map((f) => [f.entityId, f.field, f.figure]));
});
