/**
 * The Sources list and the changelog name each figure's field in the reader's language, not by
 * the key data/ uses in code ("acceleratorCount"): every field of the real dataset has a name in
 * every language, so a field added to data/ without one fails here rather than on screen.
 */
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { collectFigures } from '../data/figures.ts';
import { LANGS } from '../i18n/lang.ts';
import { loadAllMessages, MESSAGES } from '../i18n/messages.ts';
import { figureFieldName } from '../i18n/figureField.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const fields = [...new Set(collectFigures(loaded.dataset, 'en').map((f) => f.field))];

beforeAll(() => loadAllMessages());

test.each(LANGS)('every figure field of the dataset has a name in %s', (lang) => {
  expect(fields.length).toBeGreaterThan(5);
  expect(fields.filter((f) => figureFieldName(f, MESSAGES[lang], lang) === f)).toEqual([]);
});

test('a TOP500 figure is named with its list edition, in the reader’s language', () => {
  expect(figureFieldName('top500.2024-11.rank', MESSAGES.es, 'es')).toMatch(/^Puesto en el TOP500 \(nov\s2024\)$/);
  expect(figureFieldName('top500.2024-11.rmaxPflops', MESSAGES.en, 'en')).toMatch(/^TOP500 Rmax \(Nov\s2024\)$/);
  expect(figureFieldName('acceleratorCount', MESSAGES.en, 'en')).toBe('Accelerators');
  expect(figureFieldName('someNewField', MESSAGES.en, 'en')).toBe('someNewField');
});
