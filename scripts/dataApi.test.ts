/**
 * The static data API on the committed data: every table parses as CSV (d3-dsv, as a reuser's
 * tool would) and as JSON, says what the dataset says row by row, carries its licence, and
 * keeps a hostile cell inert.
 */
import { resolve } from 'node:path';
import { csvParse, csvParseRows } from 'd3-dsv';
import { loadValidDataset } from './datasetFiles.ts';
import { loadValidWorld } from './worldFiles.ts';
import { columnsOf, dataApiFiles, LIST_SEPARATOR, tableCsv, type ColumnMeta } from './dataApi.ts';
import { TABLES, type TableSpec } from './dataApiTables.ts';
import { isFormulaLike } from '../src/data/text.ts';
import { HOSTILE } from '../tests/fixtures/hostileText.ts';

const dataDir = resolve(__dirname, '../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);
const files = dataApiFiles('2026-12-01', dataset, world);
const file = (name: string) => {
  const f = files.find((x) => x.path === `data/api/2026-12-01/${name}`);
  if (!f) throw new Error(`no ${name}`);
  return f.contents;
};
const metadata = JSON.parse(file('metadata.json'));

/** What a reuser expects in a cell: the value as text, lists joined, formula-like text behind a '. */
function expectedCell(row: object, column: ColumnMeta): string {
  const v = column.name.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), row);
  const text = v === undefined ? '' : Array.isArray(v) ? v.join(LIST_SEPARATOR) : String(v);
  return isFormulaLike(text) ? `'${text}` : text;
}

const tableNames = TABLES.map((t) => t.name);

test('the API has the tables the issue names, plus TOP500 entries, each as CSV and JSON', () => {
  expect(tableNames).toEqual(
    expect.arrayContaining(['systems', 'models', 'money', 'hardware', 'prices', 'comparisons', 'events', 'rates', 'sources', 'epoch-clusters', 'epoch-models', 'epoch-chips', 'top500']),
  );
  expect(files.map((f) => f.path).sort()).toEqual(
    [...tableNames.flatMap((t) => [`${t}.csv`, `${t}.json`]), 'metadata.json', 'index.json'].map((n) => `data/api/2026-12-01/${n}`).sort(),
  );
});

describe.each(TABLES.map((t) => [t.name, t] as [string, TableSpec]))('%s', (name, table) => {
  const rows = table.rows(dataset, world);
  const meta = metadata.tables.find((t: { name: string }) => t.name === name);

  test('the JSON is the dataset rows, as they are', () => {
    expect(JSON.parse(file(`${name}.json`))).toEqual(JSON.parse(JSON.stringify(rows)));
    expect(rows.length).toBeGreaterThan(0);
  });

  test('the CSV parses with one header row and gives every row, cell by cell', () => {
    const text = file(`${name}.csv`);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const columns = columnsOf(table);
    const parsed = csvParse(text);
    expect(parsed.columns).toEqual(columns.map((c) => c.name));
    expect(parsed).toHaveLength(rows.length);
    // Rectangular: no row has more or fewer cells than the header.
    for (const r of csvParseRows(text)) expect(r).toHaveLength(columns.length);
    rows.forEach((row, i) => {
      for (const c of columns) expect(parsed[i]![c.name], `${name}[${i}].${c.name}`).toBe(expectedCell(row, c));
    });
  });

  test('numbers are unformatted and dates ISO in every typed column', () => {
    const parsed = csvParse(file(`${name}.csv`));
    for (const c of columnsOf(table)) {
      const cells = parsed.map((r) => r[c.name]!).filter((s) => s !== '');
      if (c.type === 'number') for (const s of cells) expect(Number.isFinite(Number(s)) && !/[,\s]/.test(s), `${c.name}: ${s}`).toBe(true);
      if (c.type === 'integer') for (const s of cells) expect(s).toMatch(/^-?\d+$/);
      if (c.type === 'date') for (const s of cells) expect(s).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
      if (c.type === 'boolean') for (const s of cells) expect(['true', 'false']).toContain(s);
    }
  });

  test('metadata names the licence, a citation and every column with type and description', () => {
    expect(meta.rows).toBe(rows.length);
    expect(meta.licence.name).toMatch(table.licence === 'epoch' ? /^CC BY 4\.0$/ : /\S/);
    expect(meta.licence.url).toMatch(/^https:\/\//);
    expect(meta.citation).toMatch(/\S/);
    if (table.licence === 'epoch') expect(meta.attribution).toMatch(/^Epoch AI/);
    expect(meta.fields.map((f: ColumnMeta) => f.name)).toEqual(columnsOf(table).map((c) => c.name));
    for (const f of meta.fields) expect(f.description).toMatch(/\S/);
  });

  test('a figure column declares the unit its rows use', () => {
    for (const c of columnsOf(table).filter((x) => x.name.endsWith('.value') && x.unit)) {
      const key = c.name.slice(0, -'.value'.length);
      const units = new Set(rows.map((r) => (r as Record<string, { unit?: string } | undefined>)[key]?.unit).filter(Boolean));
      for (const u of units) expect(c.unit!.split(' | '), `${name}.${key}`).toContain(u);
    }
  });
});

test('the figures a reader knows come through: MareNostrum 5 has 4480 H100, cited to BSC', () => {
  const mn5 = csvParse(file('systems.csv')).find((r) => r.id === 'marenostrum-5-acc')!;
  expect(mn5['acceleratorCount.value']).toBe('4480');
  expect(mn5['acceleratorCount.unit']).toBe('accelerators');
  expect(mn5['acceleratorCount.source']).toBe('bsc-mn5-page');
  const top500 = csvParse(file('top500.csv')).filter((r) => r.system === 'marenostrum-5-acc');
  expect(top500.find((r) => r.edition === '2024-11')?.['rank.value']).toBe('11');
});

test('labels: `label` keeps the English text for existing readers, and each translation is a column of its own', () => {
  for (const name of ['money', 'events', 'prices']) {
    const rows = csvParse(file(`${name}.csv`));
    expect(rows.columns.slice(0, 4)).toContain('label');
    expect(rows.columns).toContain('labels.es');
    const described = metadata.tables.find((t: { name: string }) => t.name === name).fields.find((f: ColumnMeta) => f.name === 'labels.es');
    expect(described).toMatchObject({ type: 'string', description: expect.stringContaining('Español') });
  }
  const plan = csvParse(file('money.csv')).find((r) => r.id === 'plan-tl')!;
  const row = dataset.money.find((r) => r.id === 'plan-tl')!;
  expect([plan.label, plan['labels.es']]).toEqual([row.label, row.labels.es]);
  expect(plan['labels.es']).toMatch(/^Presupuesto del Plan/);
});

test('metadata: release id, data date (not the clock), Epoch under CC BY 4.0, citations', () => {
  expect(metadata.release).toBe('2026-12-01');
  expect(metadata.datasetVersion).toBe(dataset.version);
  expect(metadata.generatedAt).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
  expect(metadata.generatedAt >= world.snapshot).toBe(true);
  expect(metadata.citations.some((c: string) => c.includes('Data on GPU Clusters'))).toBe(true);
  expect(metadata.csv.byteOrderMark).toBe(false);
  const index = JSON.parse(file('index.json'));
  expect(index.tables.map((t: { name: string }) => t.name)).toEqual(tableNames);
});

test('the build is reproducible, and latest is a byte-for-byte copy under another folder', () => {
  expect(dataApiFiles('2026-12-01', dataset, world)).toEqual(files);
  const latest = dataApiFiles('2026-12-01', dataset, world, 'latest');
  expect(latest.map((f) => f.path.replace('/latest/', '/2026-12-01/'))).toEqual(files.map((f) => f.path));
  expect(latest.map((f) => f.contents)).toEqual(files.map((f) => f.contents));
});

describe('hostile text', () => {
  const sources = TABLES.find((t) => t.name === 'sources')!;
  const row = (title: string, i: number) => ({ id: `s${i}`, title, publisher: 'P', date: '2024-01-02' });

  test.each(HOSTILE.formulas)('%j stays inert in a spreadsheet, and its text survives', (formula) => {
    const [parsed] = csvParse(tableCsv(sources, [row(formula, 0)]));
    expect(parsed!.title).toBe(`'${formula}`);
    expect(isFormulaLike(parsed!.title!)).toBe(false);
  });

  test('quotes, commas and line breaks stay inside their cell', () => {
    const text = 'He said "hi", then\r\nleft';
    const [parsed] = csvParse(tableCsv(sources, [row(text, 0)]));
    expect(parsed!.title).toBe(text);
    expect(parsed!.publisher).toBe('P');
  });

  test('a field the table does not describe fails loudly instead of vanishing', () => {
    expect(() => tableCsv(sources, [{ ...row('x', 0), secret: 1 }])).toThrow(/sources\[0\] \(s0\) › secret/);
  });
});
