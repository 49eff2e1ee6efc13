import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { VIEWS } from '../view/viewState.ts';
import { CHART_IDS, CHARTS, chartEntry, headlineComparisons, isChartId } from './registry.ts';

describe('chart registry', () => {
  it('has an id for every view with a chart (all but the sources list)', () => {
    expect([...CHART_IDS]).toEqual(VIEWS.filter((v) => v !== 'sources'));
    expect(isChartId('sources')).toBe(false);
    expect(isChartId('gpus')).toBe(true);
  });

  it('loads a component for every registered chart', async () => {
    const registered = CHART_IDS.filter((id) => chartEntry(id));
    expect(registered).toEqual(expect.arrayContaining(['gpus', 'money']));
    for (const id of registered) expect(typeof (await CHARTS[id]!.load())).toBe('function');
  });

  it('offers the headline comparisons as compare-view variants', () => {
    const r = loadDatasetFromDir(resolve(__dirname, '../../data'));
    if (!r.ok) throw new Error('dataset');
    const variants = headlineComparisons(r.dataset);
    expect(variants.map((v) => v.name)).toEqual(r.dataset.comparisons.map((c) => c.id));
    for (const [i, v] of variants.entries()) expect(v.state).toEqual({ compareA: r.dataset.comparisons[i]!.a, compareB: r.dataset.comparisons[i]!.b });
  });
});
