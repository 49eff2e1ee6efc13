/**
 * Accepted hostile text (tests/fixtures/hostileText.ts) through validation, the headline
 * cards, the alt text and the CSV: names are isolated, formulas are inert.
 */
import { render, screen, within } from '@testing-library/react';
import { resolve } from 'node:path';
import { isFormulaLike, isolate } from '../src/data/text.ts';
import { formatDataError, parseDataset, type RawFiles } from '../src/data/validate.ts';
import { toCsv } from '../src/charts/frame/dataPoint.ts';
import { gpuDescription, gpuPoints } from '../src/charts/views/gpus/gpus.series.ts';
import { moneyPoints } from '../src/charts/views/money/money.series.ts';
import { MESSAGES } from '../src/i18n/messages.ts';
import { HeadlineCards } from '../src/ui/HeadlineCards.tsx';
import { readRawFiles } from '../scripts/datasetFiles.ts';
import { makeHostile, RTL_SHORT_NAME, type DatasetArrays } from './fixtures/hostileText.ts';

const raw = readRawFiles(resolve(import.meta.dirname, '../data')).raw as Record<string, Record<string, unknown[]>>;
const arrays = { systems: raw.systems!.systems, sources: raw.sources!.sources, money: raw.money!.money } as DatasetArrays;
makeHostile(arrays);
const parsed = parseDataset(raw as RawFiles, 'hostile');
if (!parsed.ok) throw new Error(parsed.errors.map(formatDataError).join('\n'));
const dataset = parsed.dataset;
const gpuOptions = { metric: 'accelerators', regions: [], owners: [], kinds: [], ids: [], highlight: null } as const;

test('validation accepts right-to-left names, long words and URLs, and formula-like text', () => {
  expect(dataset.systems.find((s) => s.id === 'marenostrum-5-acc')!.shortName).toBe(RTL_SHORT_NAME);
});

test('headline cards put every inserted name in a <bdi>, the numbers outside it', () => {
  render(<HeadlineCards dataset={dataset} lang="es" m={MESSAGES.es} />);
  const card = screen.getAllByRole('article')[0]!;
  const sentence = within(card).getByText((_, el) => el?.tagName === 'P' && (el.textContent ?? '').includes('4.480'));
  const isolated = [...sentence.querySelectorAll('bdi')].map((b) => b.textContent);
  expect(isolated).toContain(RTL_SHORT_NAME);
  for (const text of isolated) expect(text).not.toMatch(/4\.480|2\.048/);
  // The accessible name is plain text: no isolate characters read out or matched.
  expect(card.getAttribute('aria-label')).toContain(RTL_SHORT_NAME);
  expect(card.getAttribute('aria-label')).not.toMatch(/[\u2068\u2069]/);
  expect(within(card).getAllByText(RTL_SHORT_NAME).every((el) => el.tagName === 'BDI')).toBe(true);
});

test('the folded headline line puts each name in a <bdi>, the ratio outside it', () => {
  const { container } = render(<HeadlineCards dataset={dataset} lang="es" m={MESSAGES.es} folded />);
  const line = container.querySelector('section > details > summary')!;
  const names = [...line.querySelectorAll('bdi')].map((b) => b.textContent);
  expect(names).toContain(RTL_SHORT_NAME);
  for (const name of names) expect(name).not.toMatch(/×|2,19|64,4/);
  expect(line.textContent).not.toMatch(/[\u2068\u2069]/);
});

test('alt text isolates names with FSI…PDI', () => {
  const points = gpuPoints(dataset, gpuOptions, MESSAGES.en);
  const text = gpuDescription(points, gpuOptions, 'en', MESSAGES.en);
  expect(text).toContain(isolate(points[0]!.name));
});

test('every CSV cell a spreadsheet could execute is neutralised', () => {
  const csv = toCsv([...gpuPoints(dataset, gpuOptions, MESSAGES.en), ...moneyPoints(dataset, { currency: 'EUR', ids: [], highlight: null }, 'en', MESSAGES.en)]);
  const cells = csv.split('\r\n').flatMap((line) => line.match(/("(?:[^"]|"")*"|[^,]*)/g) ?? []).map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
  const risky = cells.filter((c) => !c.startsWith("'") && isFormulaLike(c));
  expect(risky).toEqual([]);
  // The hostile source title (＝1+1…) is cited by MareNostrum 5's GPU count: at least that cell is guarded.
  expect(cells.filter((c) => c.startsWith("'＝1+1")).length).toBeGreaterThanOrEqual(1);
});
