import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { EMBEDDABLE_VIEWS } from '../view/views.ts';
import { parseViewState } from '../view/viewState.ts';
import { parseContextOf } from '../view/datasetContext.ts';
import { chartFromPath } from './page.ts';

describe('chartFromPath', () => {
  it.each(EMBEDDABLE_VIEWS)('finds %s at the root and under a sub-path', (id) => {
    expect(chartFromPath(`/embed/${id}/`)).toBe(id);
    expect(chartFromPath(`/atlas/embed/${id}/`)).toBe(id);
    expect(chartFromPath(`/atlas/embed/${id}/index.html`)).toBe(id);
    expect(chartFromPath(`/atlas/embed/${id}`)).toBe(id);
    // The folders of the other prerendered copies (scripts/prerenderEntry.tsx, copyFile).
    expect(chartFromPath(`/embed/${id}/en/`)).toBe(id);
    expect(chartFromPath(`/atlas/embed/${id}/mn5-vs-deepseek-es/index.html`)).toBe(id);
  });

  it.each(['/', '/embed/', '/embed/sources/', '/embed/nope/', '/embed/gpus/a/b/', '/embed/gpus/%3Cx%3E/', '/embed/%3Cscript%3E/', '/gpus/'])('finds no chart in %s', (path) => {
    expect(chartFromPath(path)).toBeNull();
  });
});

describe('parseContextOf', () => {
  it('lets the parser keep known ids and drop unknown ones, as in the dashboard', () => {
    const r = loadDatasetFromDir(resolve(__dirname, '../../data'));
    if (!r.ok) throw new Error('dataset');
    const known = r.dataset.systems[0]!.id;
    const { state, ignored } = parseViewState(`ids=${known}~not-a-thing`, parseContextOf(r.dataset));
    expect(state.ids).toEqual([known]);
    expect(ignored.map((i) => i.reason)).toContain('unknown-id');
  });
});
