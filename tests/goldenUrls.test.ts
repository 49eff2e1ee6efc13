import { listReleases, releasesDirOf } from '../scripts/releaseFiles.ts';
import { resolve } from 'node:path';
import golden from './goldenUrls.json';
import { loadDatasetFromDir } from '../scripts/datasetFiles.ts';
import { loadValidWorld } from '../scripts/worldFiles.ts';
import { parseContextOf, withWorldIds } from '../src/view/datasetContext.ts';
import { DEFAULT_VIEW_STATE, parseViewState, serialiseViewState, type ParseContext, type ViewState } from '../src/view/viewState.ts';

/*
 * Published links must open the same view forever (PRODUCT.md). The JSON is append-only; if an
 * entry fails, fix the code or add a migration, never the entry.
 */

interface GoldenEntry {
  added: string;
  url: string;
  note: string;
  state: Record<string, unknown>;
}

const entries: GoldenEntry[] = golden.entries;

test('the file says it is append-only and its entries are well-formed', () => {
  expect(golden.readme).toMatch(/APPEND-ONLY/);
  expect(entries.length).toBeGreaterThanOrEqual(15);
  expect(new Set(entries.map((e) => e.url)).size).toBe(entries.length);
  const added = entries.map((e) => e.added);
  expect([...added].sort()).toEqual(added);
  for (const entry of entries) {
    expect(entry.added).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(DEFAULT_VIEW_STATE), entry.url).toEqual(expect.arrayContaining(Object.keys(entry.state)));
  }
});

describe.each(entries.map((entry) => [entry.url || '(bare URL)', entry] as const))('%s', (_, entry) => {
  // Fields born after the entry was written must come out at their default.
  const expected = { ...DEFAULT_VIEW_STATE, ...entry.state } as ViewState;

  test(`opens its view: ${entry.note}`, () => {
    expect(parseViewState(entry.url).state).toEqual(expected);
  });

  test('its state serialises to a canonical URL that opens the same view', () => {
    const canonical = serialiseViewState(expected);
    expect(parseViewState(canonical)).toEqual({ state: expected, ignored: [] });
    expect(serialiseViewState(parseViewState(canonical).state)).toBe(canonical);
  });
});

test('every id a golden URL names still exists in data/ (retiring one needs a migration)', () => {
  const loaded = loadDatasetFromDir(resolve(__dirname, '../data'));
  if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
  const { systems, models, money } = loaded.dataset;
  const ctx: ParseContext = {
    entityIds: new Set([...systems, ...models, ...money].map((r) => r.id)),
    systemIds: new Set(systems.map((s) => s.id)),
    modelIds: new Set(models.map((m) => m.id)),
    editions: new Set(systems.flatMap((s) => s.top500.map((t) => t.edition))),
  };
  for (const entry of entries) {
    const { state, ignored } = parseViewState(entry.url, ctx);
    expect(state, entry.url).toEqual({ ...DEFAULT_VIEW_STATE, ...entry.state });
    expect(ignored.filter((r) => r.reason === 'unknown-id'), entry.url).toEqual([]);
  }
});

test('every Epoch id a golden URL names still exists in data/epoch/ (pins, compare, what-if)', () => {
  const loaded = loadDatasetFromDir(resolve(__dirname, '../data'));
  if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
  const world = loadValidWorld(resolve(__dirname, '../data'), loaded.dataset);
  // The dated releases the build publishes: golden URLs may pin one.
  const releaseIds = new Set(listReleases(releasesDirOf(resolve(__dirname, '../data'))));
  const ctx = { ...withWorldIds(parseContextOf(loaded.dataset), world), releaseIds };
  for (const entry of entries) {
    const { state, ignored } = parseViewState(entry.url, ctx);
    expect(state, entry.url).toEqual({ ...DEFAULT_VIEW_STATE, ...entry.state });
    expect(ignored.filter((r) => r.reason === 'unknown-id'), entry.url).toEqual([]);
  }
});
