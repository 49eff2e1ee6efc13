import type { Dataset } from '../../../data/schema.ts';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { testCluster as c } from '../../../metrics/worldFixtures.ts';
import { alwaysShownIds, asOfMonths, asOfView, resolveMonth, TOP_N } from './asOf.series.ts';

const world = (clusters: WorldData['clusters']): WorldData => ({ format: 1, version: 'test', snapshot: '2025-12-17', clusters, models: [], chips: [], matches: [] });
const dataset = {
  comparisons: [{ id: 'post', metric: 'accelerators', a: 'mn5-acc', b: 'not-in-epoch' }],
  systems: [{ id: 'mn5-acc', shortName: 'MareNostrum 5 ACC' }, { id: 'lumi-curated', shortName: 'LUMI' }],
} as unknown as Dataset;

const base = world([
  c('mn5', { sector: 'public', firstOperational: '2023-11-01', h100: 4480, curatedId: 'mn5-acc' }),
  c('lumi', { sector: 'public', firstOperational: '2022-09-15', h100: 3000, curatedId: 'lumi-curated' }),
  c('big', { firstOperational: '2024-09-02', h100: 100000 }),
  c('twin-a', { firstOperational: '2023-06-01', h100: 8000 }),
  c('twin-b', { firstOperational: '2023-07-01', h100: 8000 }),
  c('dup', { firstOperational: '2023-07-01', h100: 9000, isPossibleDuplicate: true }),
  c('planned', { status: 'planned', h100: 5_000_000 }),
  c('nofig', { firstOperational: '2021-01-01' }),
  c('old', { firstOperational: '2012-03-15', status: 'decommissioned', decommissioned: '2020-01', h100: 10 }),
]);

describe('as of a date', () => {
  it('offers every month from the first ranked cluster to the snapshot', () => {
    const months = asOfMonths(base);
    expect(months[0]).toBe('2012-03');
    expect(months.at(-1)).toBe('2025-12');
    expect(new Set(months).size).toBe(months.length);
  });

  it('opens on the data’s last month and clamps a month outside the data', () => {
    const months = asOfMonths(base);
    expect(resolveMonth(null, months)).toBe('2025-12');
    expect(resolveMonth('1999-01', months)).toBe('2012-03');
    expect(resolveMonth('2030-01', months)).toBe('2025-12');
    expect(resolveMonth('2023-11', months)).toBe('2023-11');
  });

  it('ranks the clusters running at the month’s end, equal sizes sharing a rank, no duplicates or planned ones', () => {
    const v = asOfView(base, dataset, '2023-11', alwaysShownIds(base, dataset, null));
    expect(v.day).toBe('2023-11-30');
    expect(v.bars.map((b) => [b.id, b.rank])).toEqual([['twin-a', 1], ['twin-b', 1], ['mn5', 3], ['lumi', 4]]);
    expect(v.ranked).toBe(4);
    expect(v.withoutFigure).toBe(1); // nofig
    expect(v.bars.find((b) => b.id === 'mn5')!.name).toBe('MareNostrum 5 ACC');
  });

  it('says where the post’s systems ranked when they opened and on the chosen day', () => {
    const later = asOfView(base, dataset, '2025-12', ['mn5']);
    expect(later.isSnapshotDay).toBe(true);
    expect(later.sentences).toEqual([
      { id: 'mn5', name: 'MareNostrum 5 ACC', opened: '2023-11-01', atOpening: { date: '2023-11-01', rank: 3, of: 4 }, now: { date: '2025-12-17', rank: 4, of: 5 } },
    ]);
    const before = asOfView(base, dataset, '2023-01', ['mn5']);
    expect(before.sentences[0]!.now).toBeUndefined();
    expect(before.bars.some((b) => b.id === 'mn5')).toBe(false);
  });

  it('keeps the top of the field and always adds the post’s systems below it', () => {
    const crowd = world([
      ...Array.from({ length: 30 }, (_, i) => c(`k${String(i).padStart(2, '0')}`, { firstOperational: '2024-01-01', h100: 100_000 - i })),
      c('mn5', { sector: 'public', firstOperational: '2023-11-01', h100: 4480, curatedId: 'mn5-acc' }),
    ]);
    const v = asOfView(crowd, dataset, '2025-12', alwaysShownIds(crowd, dataset, null));
    expect(v.bars).toHaveLength(TOP_N + 1);
    expect(v.bars.at(-1)).toMatchObject({ id: 'mn5', rank: 31, isAlwaysShown: true, isAtlasSystem: true });
    v.bars.slice(1).forEach((b, i) => expect(b.rank).toBeGreaterThanOrEqual(v.bars[i]!.rank));
  });

  it('adds the highlighted system to those always shown', () => {
    expect(alwaysShownIds(base, dataset, 'lumi-curated')).toEqual(['mn5', 'lumi']);
    expect(alwaysShownIds(base, dataset, null)).toEqual(['mn5']);
  });
});
