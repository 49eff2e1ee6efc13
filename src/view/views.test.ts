import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { embedUrl } from './embedUrl.ts';
import { CHART_IDS, EMBEDDABLE_VIEWS, headlineComparisons, isChartId, isEmbeddable, VIEW_TABLE, VIEWS } from './views.ts';
import { DEFAULT_VIEW_STATE, parseViewState, serialiseViewState } from './viewState.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('the table of views', () => {
  it('names each view once, in kebab-case, with a label in every language', () => {
    expect(new Set(VIEWS).size).toBe(VIEWS.length);
    for (const row of VIEW_TABLE) {
      expect(row.id).toMatch(KEBAB);
      for (const m of Object.values(MESSAGES)) expect(m.views[row.label]).toBeTruthy();
    }
  });

  it('is what ?v= accepts: every id opens its view and writes itself back, anything else is ignored', () => {
    for (const view of VIEWS) {
      const { state, ignored } = parseViewState(`v=${view}`);
      expect(ignored).toEqual([]);
      expect(state.view).toBe(view);
      expect(serialiseViewState(state)).toBe(view === DEFAULT_VIEW_STATE.view ? '' : `?v=${view}`);
    }
    expect(parseViewState('v=nope').ignored).toEqual([{ param: 'v', value: 'nope', reason: 'invalid-value' }]);
  });

  it('embeds only views that draw a chart; the derived lists follow the flags', () => {
    for (const row of VIEW_TABLE) {
      if (row.isEmbeddable) expect(row.hasChart).toBe(true);
      expect(isChartId(row.id)).toBe(row.hasChart);
      expect(isEmbeddable(row.id)).toBe(row.isEmbeddable);
      expect(embedUrl('https://a.example', '/', { ...DEFAULT_VIEW_STATE, view: row.id }) !== null).toBe(row.isEmbeddable);
    }
    expect(CHART_IDS).toEqual(VIEW_TABLE.filter((r) => r.hasChart).map((r) => r.id));
    expect(EMBEDDABLE_VIEWS).toEqual(VIEW_TABLE.filter((r) => r.isEmbeddable).map((r) => r.id));
    expect(isChartId('sources')).toBe(false);
    expect(isChartId('constructor')).toBe(false);
  });

  it('lists each view-specific field at most once, and none that every view reads', () => {
    for (const row of VIEW_TABLE) {
      expect(new Set(row.fields).size).toBe(row.fields.length);
      for (const common of ['view', 'lang', 'theme', 'hideTitle']) expect(row.fields).not.toContain(common);
    }
  });

  it('offers the headline comparisons as compare-view variants', () => {
    const r = loadDatasetFromDir(resolve(__dirname, '../../data'));
    if (!r.ok) throw new Error('dataset');
    const variants = headlineComparisons(r.dataset);
    expect(variants.map((v) => v.name)).toEqual(r.dataset.comparisons.map((c) => c.id));
    for (const [i, v] of variants.entries()) expect(v.state).toEqual({ compareA: r.dataset.comparisons[i]!.a, compareB: r.dataset.comparisons[i]!.b });
  });
});
