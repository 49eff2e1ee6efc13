/**
 * The CSV download: it must parse as RFC 4180 and say exactly what the data says (value,
 * unit, date, source, confidence), whatever text the data holds.
 */
import fc from 'fast-check';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../../scripts/datasetFiles.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { toCsv, type DataPoint } from './dataPoint.ts';
import { isFormulaLike, isolate } from '../../data/text.ts';
import { gpuPoints } from '../views/gpus/gpus.series.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const dataset = loaded.dataset;

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records; throws on malformed input. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
        else if (text[i] === '"') break;
        else field += text[i++];
      }
      i++;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare quote or LF at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text[i] === '\r') {
      if (text[i + 1] !== '\n') throw new Error('CR without LF');
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  if (row.length) throw new Error('last record without CRLF');
  return rows;
}

const records = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => {
    expect(r).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((h, i) => [h, r[i]!]));
  });
};

test('the GPU view CSV parses, one record per bar, and its values are the dataset figures', () => {
  const points = gpuPoints(dataset, { metric: 'accelerators', regions: [], owners: [], kinds: [], ids: [], highlight: null }, MESSAGES.en);
  const rows = records(toCsv(points));
  const withCount = dataset.systems.filter((s) => s.acceleratorCount);
  expect(rows).toHaveLength(withCount.length);
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  for (const row of rows) {
    const system = withCount.find((s) => s.id === row.id)!;
    const count = system.acceleratorCount!;
    expect(row.name).toBe(system.shortName);
    expect(Number(row.value)).toBe(count.value);
    expect(row.value_high === '' ? undefined : Number(row.value_high)).toBe(count.high);
    expect(row.unit).toBe(count.unit);
    expect(row.as_of).toBe(count.asOf);
    expect(row.confidence).toBe(count.confidence);
    expect(row.source_ids!.split('; ')).toContain(count.source);
    for (const id of row.source_ids!.split('; ')) expect(sourceIds.has(id)).toBe(true);
    expect(row.accelerator).toBe(system.accelerator ?? '');
    expect(row.kind).toBe(system.kind);
  }
});

test('derived-metric CSVs parse too (several sources per row) and keep full precision', () => {
  for (const metric of ['bf16', 'h100e'] as const) {
    const points = gpuPoints(dataset, { metric, regions: [], owners: [], kinds: [], ids: [], highlight: null }, MESSAGES.es);
    const rows = records(toCsv(points));
    rows.forEach((row, i) => expect(Number(row.value)).toBeCloseTo(points[i]!.value, 9));
  }
});

const text = fc.string({ unit: fc.constantFrom('a', 'ñ', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', ';', '€', '＝', '＠'), maxLength: 20 });

test('property: any text survives the round trip (formulas neutralised with a leading quote)', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,12}$/), name: text, note: text, value: fc.double({ noNaN: true, noDefaultInfinity: true }) }), { maxLength: 8 }), (raw) => {
      const points: DataPoint[] = raw.map((r) => ({
        id: r.id, name: r.name, value: r.value, unit: 'x', asOf: '2024-11-18', confidence: 'estimate',
        sources: [], notes: r.note ? [r.note] : [], columns: [],
      }));
      const rows = records(toCsv(points));
      rows.forEach((row, i) => {
        const p = points[i]!;
        const unformula = (s: string) => (isFormulaLike(s) ? `'${s}` : s);
        expect(row.name).toBe(unformula(p.name));
        expect(row.note).toBe(unformula(p.notes.join(' ')));
        // Numbers, negative ones included, are written as numbers (no formula guard).
        expect(row.value).not.toMatch(/^'/);
        expect(Number(row.value)).toBe(p.value + 0); // -0 is written as 0
      });
    }),
  );
});

test('a cell with several titles or notes isolates each, so one cannot reorder the next', () => {
  const source = (id: string, title: string) => ({ id, title, publisher: 'p', date: '2024' });
  const [row] = records(
    toCsv([
      {
        id: 'x', name: 'x', value: 1, unit: 'x', asOf: '2024', confidence: 'official', columns: [],
        sources: [source('a', 'אלפא 2'), source('b', '=B')], notes: ['n1', 'n2'],
      },
    ]),
  );
  expect(row!.source_titles).toBe(`${isolate('אלפא 2')}; ${isolate('=B')}`);
  expect(row!.note).toBe(`${isolate('n1')}; ${isolate('n2')}`);
});
