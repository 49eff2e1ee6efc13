import fc from 'fast-check';
import { testCluster } from '../../../metrics/worldFixtures.ts';
import { selectWorldClusters, TOP_N, type WorldBarOptions } from './worldBars.ts';

const opts = (patch: Partial<WorldBarOptions> = {}): WorldBarOptions => ({ metric: 'h100e', bars: 'top', pins: [], regions: [], owners: [], kinds: [], ...patch });
const many = Array.from({ length: 40 }, (_, i) => testCluster(`c${String(i).padStart(2, '0')}`, { h100: 1000 + i * 10 }));
const ids = (o: WorldBarOptions, clusters = many) => selectWorldClusters(clusters, o).map((c) => c.id);

test(`top: the ${TOP_N} largest, largest first`, () => {
  const top = ids(opts());
  expect(top).toHaveLength(TOP_N);
  expect(top[0]).toBe('c39');
  expect(top.at(-1)).toBe(`c${39 - TOP_N + 1}`);
});

test('post (the default): nothing but the pinned; all: every rankable cluster', () => {
  expect(ids(opts({ bars: 'post' }))).toEqual([]);
  expect(ids(opts({ bars: 'post', pins: ['c03', 'c01'] }))).toEqual(['c03', 'c01']);
  expect(ids(opts({ bars: 'all' }))).toHaveLength(40);
});

test('planned, possible duplicates, curated systems’ rows and clusters without the figure are not ranked', () => {
  const clusters = [
    testCluster('big-planned', { h100: 1e6, status: 'planned' }),
    testCluster('big-dup', { h100: 1e6, isPossibleDuplicate: true }),
    testCluster('mn5-row', { h100: 1e6, curatedId: 'marenostrum-5-acc' }),
    testCluster('no-figure'),
    testCluster('small', { h100: 10 }),
  ];
  expect(ids(opts({ bars: 'all' }), clusters)).toEqual(['small']);
  // A pin shows a planned cluster (asked for by name), but never a curated twin: the curated bar is that entity.
  expect(ids(opts({ bars: 'post', pins: ['big-planned', 'mn5-row', 'no-figure'] }), clusters)).toEqual(['big-planned']);
});

test('a pinned cluster outside the top N is added, once', () => {
  const top = ids(opts({ pins: ['c00', 'c39'] }));
  expect(top).toHaveLength(TOP_N + 1);
  expect(top.at(-1)).toBe('c00');
  expect(new Set(top).size).toBe(top.length);
});

test('region and owner filters map Epoch’s regions and sectors; a kind filter without AI clusters hides them', () => {
  const clusters = [
    testCluster('es', { h100: 5, region: 'spain', sector: 'public' }),
    testCluster('de', { h100: 4, region: 'rest-of-eu', sector: 'public-private' }),
    testCluster('cn', { h100: 3, region: 'china', sector: 'private' }),
    testCluster('jp', { h100: 2, region: 'others', sector: 'public' }),
  ];
  expect(ids(opts({ regions: ['europe'] }), clusters)).toEqual(['es', 'de']);
  expect(ids(opts({ owners: ['public'] }), clusters)).toEqual(['es', 'jp']);
  expect(ids(opts({ kinds: ['supercomputer'] }), clusters)).toEqual([]);
  expect(ids(opts({ kinds: ['ai-cluster'] }), clusters)).toHaveLength(4);
});

test('property: top is a prefix of all, sorted by value, and every pin with a figure is kept', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,6}$/), v: fc.integer({ min: 1, max: 1e6 }) }), { selector: (r) => r.id, maxLength: 60 }),
      fc.array(fc.nat(59), { maxLength: 5 }),
      (rows, pinAt) => {
        const clusters = rows.map((r) => testCluster(r.id, { h100: r.v }));
        const pins = pinAt.map((i) => rows[i]?.id).filter((x): x is string => x !== undefined);
        const all = selectWorldClusters(clusters, opts({ bars: 'all' }));
        const top = selectWorldClusters(clusters, opts({ bars: 'top' }));
        expect(top.map((c) => c.id)).toEqual(all.slice(0, TOP_N).map((c) => c.id));
        const withPins = selectWorldClusters(clusters, opts({ pins }));
        for (const id of pins) expect(withPins.some((c) => c.id === id)).toBe(true);
        const values = withPins.map((c) => c.h100e!.value);
        expect(values).toEqual([...values].sort((a, b) => b - a));
      },
    ),
  );
});
