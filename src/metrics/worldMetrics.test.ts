import { openingAndLatestRank, rankOn, rankingOn } from './asOfRank.ts';
import { clusterTrend, clusterTrendPoints } from './clusterTrend.ts';
import { byRegion, bySector, h100eOverTime } from './computeByRegion.ts';
import { frontierGap, frontierSteps } from './frontier.ts';
import { testCluster as c } from './worldFixtures.ts';
import { countedClusters, countedOn, existedOn } from './worldSelection.ts';

const world = [
  c('mn5', { sector: 'public', region: 'spain', firstOperational: '2023-11-01', h100: 4480 }),
  c('lumi', { sector: 'public', region: 'rest-of-eu', firstOperational: '2022-09-15', h100: 3000 }),
  c('colossus-1', { firstOperational: '2024-09-02', h100: 100000 }),
  c('eagle', { firstOperational: '2023-11-15', h100: 14400 }),
  // Epoch's possible duplicate of eagle: never counted in the field.
  c('eagle-mlperf', { firstOperational: '2023-11-20', h100: 14400, isPossibleDuplicate: true, duplicateOf: ['eagle'], isStandardAnalysis: false }),
  c('stargate', { status: 'planned', h100: 5_000_000 }),
  c('old-public', { sector: 'public', status: 'decommissioned', firstOperational: '2018-06-01', decommissioned: '2024-01', h100: 8000 }),
  c('anon', { sector: 'public', region: 'china', firstOperational: '2024-03-15' }), // no H100e figure
  c('joint', { sector: 'public-private', firstOperational: '2024-01-01', h100: 50000, isStandardAnalysis: false }),
];

describe('selection', () => {
  it('counts existing, non-duplicate clusters by default', () => {
    expect(countedClusters(world).map((x) => x.id)).toEqual(['mn5', 'lumi', 'colossus-1', 'eagle', 'anon', 'joint']);
    expect(countedClusters(world, { statuses: ['planned'] }).map((x) => x.id)).toEqual(['stargate']);
    expect(countedClusters(world, { isStandardOnly: true }).map((x) => x.id)).not.toContain('joint');
  });

  it('knows when a cluster was running', () => {
    const old = world.find((x) => x.id === 'old-public')!;
    expect(existedOn(old, '2023-12-31')).toBe(true);
    expect(existedOn(old, '2024-01-01')).toBe(false);
    expect(existedOn(world.find((x) => x.id === 'stargate')!, '2030')).toBe(false);
    expect(existedOn(world.find((x) => x.id === 'mn5')!, '2023-10-31')).toBe(false);
    expect(existedOn(world.find((x) => x.id === 'mn5')!, '2023-11')).toBe(true);
  });

  it('never counts a possible duplicate and its twin both', () => {
    expect(countedOn(world, '2025-12-17').map((x) => x.id)).not.toContain('eagle-mlperf');
  });
});

describe('as-of ranking', () => {
  it('ranks a cluster when it opened and on the data’s last date', () => {
    // 2023-11-01: running were mn5 (4,480), lumi (3,000), old-public (8,000) → mn5 is 2nd of 3.
    // 2025-12-17: colossus-1, joint, eagle, mn5, lumi (old-public closed; anon has no figure) → 4th of 5.
    expect(openingAndLatestRank(world, 'mn5', '2025-12-17')).toEqual({
      atOpening: { date: '2023-11-01', rank: 2, of: 3 },
      latest: { date: '2025-12-17', rank: 4, of: 5 },
    });
  });

  it('lists the world as it stood, largest first, without planned machines or duplicates', () => {
    expect(rankingOn(world, '2024-06-30').map((x) => x.id)).toEqual(['joint', 'eagle', 'mn5', 'lumi']);
  });

  it('has no rank for a cluster not yet running, or without a figure', () => {
    expect(rankOn(world, 'colossus-1', '2024-01-01')).toBeUndefined();
    expect(rankOn(world, 'anon', '2025-01-01')).toBeUndefined();
    expect(rankOn(world, 'stargate', '2025-01-01')).toBeUndefined();
  });

  it('ranks a flagged duplicate against the field without counting its twin twice', () => {
    expect(rankOn(world, 'eagle-mlperf', '2024-06-30')).toEqual({ date: '2024-06-30', rank: 2, of: 5 });
  });
});

describe('frontier', () => {
  const pub = frontierSteps(world, 'public');
  const pri = frontierSteps(world, 'private');

  it('steps to each new largest public and private cluster, and back down when one closes', () => {
    expect(pub.map((s) => [s.date, s.id])).toEqual([
      ['2018-06-01', 'old-public'],
      ['2024-01-01', 'mn5'], // old-public decommissioned in Jan 2024
    ]);
    expect(pri.map((s) => [s.date, s.id, s.h100e])).toEqual([
      ['2023-11-15', 'eagle', 14400],
      ['2024-09-02', 'colossus-1', 100000],
    ]);
  });

  it('gives the private ÷ public gap once both exist', () => {
    expect(frontierGap(pub, pri).map((g) => [g.date, g.ratio])).toEqual([
      ['2023-11-15', 14400 / 8000],
      ['2024-01-01', 14400 / 4480],
      ['2024-09-02', 100000 / 4480],
    ]);
  });

  it('keeps the first leader when a newcomer only ties it', () => {
    const tie = [c('openai-goodyear', { firstOperational: '2024-10-02', h100: 100000 }), c('meta-100k', { firstOperational: '2024-10-30', h100: 100000 })];
    expect(frontierSteps(tie, 'private').map((s) => s.id)).toEqual(['openai-goodyear']);
  });

  it('is a running maximum: never falls unless a machine closes', () => {
    for (let i = 1; i < pri.length; i++) expect(pri[i]!.h100e).toBeGreaterThanOrEqual(pri[i - 1]!.h100e);
  });
});

describe('trend points', () => {
  it('uses Epoch’s standard selection by default, one sector, no planned or duplicates', () => {
    expect(clusterTrendPoints(world, 'private').map((p) => p.value)).toEqual([100000, 14400]);
    expect(clusterTrendPoints(world, 'public').map((p) => p.value)).toEqual([4480, 3000, 8000]);
    expect(clusterTrend(world, 'public')?.n).toBe(3);
    expect(clusterTrend(world, 'private')).toBeUndefined(); // two points are not a trend
  });
});

describe('H100e by region and sector over time', () => {
  it('sums running clusters per group and says how many had no figure', () => {
    const [early, late] = h100eOverTime(world, ['2023-12-01', '2025-12-17'], byRegion);
    expect(early).toEqual({ date: '2023-12-01', totals: { spain: 4480, 'rest-of-eu': 3000, us: 8000 + 14400 }, withoutFigure: 0 });
    expect(late).toEqual({ date: '2025-12-17', totals: { spain: 4480, 'rest-of-eu': 3000, us: 100000 + 14400 + 50000 }, withoutFigure: 1 });
    expect(h100eOverTime(world, ['2025-12-17'], bySector)[0]!.totals).toEqual({ public: 7480, private: 114400, 'public-private': 50000 });
  });
});
