import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { testCluster as c } from '../../../metrics/worldFixtures.ts';
import { euCallout, groupKeys, whereColumns } from './where.series.ts';

const world: WorldData = {
  format: 1,
  version: 'test',
  snapshot: '2025-12-17',
  models: [],
  chips: [],
  matches: [],
  clusters: [
    c('mn5', { sector: 'public', region: 'spain', firstOperational: '2023-11-01', h100: 4480 }),
    c('lumi', { sector: 'public', region: 'rest-of-eu', firstOperational: '2022-09-15', h100: 3000 }),
    c('big', { region: 'us', firstOperational: '2024-09-02', h100: 100000 }),
    c('dup', { region: 'us', firstOperational: '2024-09-02', h100: 100000, isPossibleDuplicate: true }),
    c('planned', { region: 'spain', status: 'planned', h100: 5_000_000 }),
    c('nofig', { region: 'china', firstOperational: '2024-01-01' }),
    c('late', { region: 'china', sector: undefined, firstOperational: '2025-12-10', h100: 500 }),
  ],
};

describe('where the compute is', () => {
  it('sums running clusters at each quarter’s end, the last column on the snapshot’s date', () => {
    const cols = whereColumns(world, 'region');
    expect(cols[0]!.month).toBe('2022-09');
    expect(cols.at(-1)!.month).toBe('2025-12');
    expect(cols.at(-1)!.date).toBe('2025-12-17');
    expect(cols.find((x) => x.month === '2023-12')!.totals).toEqual({ spain: 4480, 'rest-of-eu': 3000 });
    // The duplicate and the planned cluster never count; the cluster without a figure is counted as left out.
    expect(cols.at(-1)!.totals).toEqual({ spain: 4480, 'rest-of-eu': 3000, us: 100000, china: 500 });
    expect(cols.at(-1)!.withoutFigure).toBe(1);
    for (const col of cols) expect(col.total).toBe(Object.values(col.totals).reduce((a, b) => a + b, 0));
  });

  it('groups by sector with unknown sectors apart', () => {
    const last = whereColumns(world, 'sector').at(-1)!;
    expect(last.totals).toEqual({ public: 7480, private: 100000, unknown: 500 });
    expect(Object.keys(last.totals).every((k) => groupKeys('sector').includes(k))).toBe(true);
  });

  it('calls out Spain and the EU (Spain + the rest of the EU) on the data’s last date', () => {
    expect(euCallout(world)).toEqual({ date: '2025-12-17', total: 107980, spain: 4480, eu: 7480 });
  });
});
