// @vitest-environment node
/**
 * The build on a copy of `data/` with hostile text (tests/fixtures/hostileText.ts): refused text
 * stops it before anything is written, naming file, record, field and character; accepted text
 * builds, and the pages, og tags, oEmbed JSON and PNG renderer carry it isolated and escaped.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { build } from 'vite';
import { FSI, PDI } from '../src/data/text.ts';
import { makeHostile, RTL_SHORT_NAME, type DatasetArrays } from './fixtures/hostileText.ts';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of data/ with `edit` applied to its systems, sources and money arrays. */
function dataCopy(name: string, edit: (d: DatasetArrays) => void): string {
  const dir = join(work, name);
  cpSync(resolve(root, 'data'), dir, { recursive: true });
  const read = (k: string) => JSON.parse(readFileSync(join(dir, `${k}.json`), 'utf8'));
  const files = { systems: read('systems'), sources: read('sources'), money: read('money') };
  edit({ systems: files.systems.systems, sources: files.sources.sources, money: files.money.money });
  for (const [k, v] of Object.entries(files)) writeFileSync(join(dir, `${k}.json`), JSON.stringify(v));
  return dir;
}

async function buildWith(dataDir: string, outDir: string) {
  const saved = { ATLAS_DATA_DIR: process.env.ATLAS_DATA_DIR, SITE_URL: process.env.SITE_URL, NODE_ENV: process.env.NODE_ENV };
  Object.assign(process.env, { ATLAS_DATA_DIR: dataDir, SITE_URL: 'https://atlas.example', NODE_ENV: 'production' });
  try {
    await build({ root, configFile: resolve(root, 'vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

test('refused text stops the build before it writes, naming file, record, field and character', async () => {
  const dataDir = dataCopy('refused', (d) => {
    d.systems[0]!.shortName = 'MN5\u0007';
    d.sources[0]!.title = 'TOP500 \u202eList';
  });
  const outDir = join(work, 'dist-refused');
  // A previous, complete build stays as it was: nothing is emptied or half-replaced.
  mkdirSync(outDir);
  cpSync(resolve(root, 'index.html'), join(outDir, 'index.html'));
  const before = readdirSync(outDir);
  const failure = await buildWith(dataDir, outDir).then(
    () => null,
    (e: Error) => e.message,
  );
  expect(failure).toMatch(/data\/systems\.json › systems\[0\] \(marenostrum-5-acc\) › shortName: contains U\+0007 \(a control character\) at character 4/);
  expect(failure).toMatch(/data\/sources\.json › sources\[0\] \([a-z0-9-]+\) › title: contains U\+202E RIGHT-TO-LEFT OVERRIDE .* at character 8/);
  expect(readdirSync(outDir)).toEqual(before);
});

describe('accepted hostile text', () => {
  const outDir = join(work, 'dist-accepted');
  const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
  beforeAll(() => buildWith(dataCopy('accepted', makeHostile), outDir));

  it('builds every page and image', () => {
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'embed/gpus/default-es.png'))).toBe(true);
  });

  it('isolates names in the plain-text outputs: og description, oEmbed title, the chart description', () => {
    const html = read('embed/gpus/index.html');
    const og = /<meta property="og:description" content="([^"]*)"/.exec(html)![1]!;
    expect(og).toContain(`${FSI}`);
    expect(og).toMatch(new RegExp(`${FSI}[^${PDI}]+${PDI}`));
    const oembed = JSON.parse(read('embed/gpus/default-es.oembed.json')) as { title: string; html: string };
    expect(oembed.html).not.toMatch(/[\u202a-\u202e]/);
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(html)![1]!;
    expect(desc).toMatch(new RegExp(`${FSI}[^${PDI}]+${PDI}`));
  });

  it('puts the right-to-left name in a <bdi> in the prerendered headline, and escapes formula text and markup', () => {
    const html = read('index.html');
    expect(html).toContain(`<bdi>${RTL_SHORT_NAME}</bdi>`);
    expect(html).not.toContain('<img src=x');
  });

  it('keeps formula-like text inert in the data API, and the text itself intact', () => {
    const mn5 = csvParse(read('data/api/latest/systems.csv')).find((r) => r.id === 'marenostrum-5-acc')!;
    expect(mn5.owner).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(mn5.shortName).toBe(RTL_SHORT_NAME);
    const source = csvParse(read('data/api/latest/sources.csv')).find((r) => r.id === mn5['acceleratorCount.source'])!;
    expect(source.publisher).toBe(`'@SUM(A1)`);
    expect(source.title!.startsWith("'＝1+1")).toBe(true);
    const money = csvParse(read('data/api/latest/money.csv')).find((r) => r.id === 'chatgpt-cost-claim')!;
    expect(money.label!.startsWith("'-1+1")).toBe(true);
    // The JSON keeps the text as it is: the guard is for spreadsheets only.
    const json = JSON.parse(read('data/api/latest/systems.json')) as { id: string; owner: string }[];
    expect(json.find((r) => r.id === 'marenostrum-5-acc')!.owner).toBe('=HYPERLINK("http://evil.example","x")');
  });
});
