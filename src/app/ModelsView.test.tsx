import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { useState } from 'react';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { MESSAGES } from '../i18n/messages.ts';
import type { HistoryMode, UpdateView } from '../view/useViewState.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../view/viewState.ts';
import { ModelsView } from './ModelsView.tsx';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;

let calls: [Partial<ViewState>, HistoryMode][] = [];
beforeEach(() => {
  calls = [];
});

function Harness({ initial, lang }: { initial: Partial<ViewState>; lang: 'es' | 'en' }) {
  const [state, setState] = useState<ViewState>({ ...DEFAULT_VIEW_STATE, view: 'models', ...initial });
  const update: UpdateView = (patch, mode) => {
    calls.push([patch, mode]);
    setState((s) => ({ ...s, ...patch }));
  };
  return <ModelsView dataset={d} state={state} update={update} lang={lang} m={MESSAGES[lang]} />;
}
const renderView = (initial: Partial<ViewState> = {}, lang: 'es' | 'en' = 'en') => render(<Harness initial={initial} lang={lang} />);

test('two log-log scatters and the timeline, each named; every event on the timeline', () => {
  renderView();
  const m = MESSAGES.en;
  const cost = screen.getByRole('graphics-document', { name: m.modelCharts.costTitle });
  const params = screen.getByRole('graphics-document', { name: m.modelCharts.paramsTitle });
  const withCost = d.models.filter((x) => x.trainingFlop && d.money.some((r) => r.scope === 'training-compute' && (r.about === x.id || r.about === x.trainedOn)));
  expect(within(cost).getAllByRole('graphics-symbol')).toHaveLength(withCost.length);
  expect(within(params).getAllByRole('graphics-symbol')).toHaveLength(d.models.filter((x) => x.paramsB && x.tokensT).length);
  expect(screen.getByRole('list', { name: m.timeline.timelineTitle }).querySelectorAll('li')).toHaveLength(d.events.length);
});

test('models without a figure are named under the chart, not silently dropped', () => {
  renderView();
  const noFlop = d.models.filter((x) => !x.trainingFlop).map((x) => x.name);
  const line = screen.getAllByRole('listitem').find((li) => /no published FLOP/.test(li.textContent!))!;
  for (const name of noFlop) expect(line).toHaveTextContent(name);
});

test('the currency control pushes the currency and relabels the cost axis', async () => {
  const user = userEvent.setup();
  renderView({}, 'es');
  const m = MESSAGES.es;
  await user.click(screen.getByRole('radio', { name: 'USD' }));
  expect(calls).toContainEqual([{ currency: 'usd' }, 'push']);
  expect(screen.getByRole('graphics-document', { name: m.modelCharts.costTitle })).toHaveTextContent(m.modelCharts.costAxis('US$'));
});

test('clicking a model highlights it (replace: a passing choice, not a history step)', async () => {
  const user = userEvent.setup();
  renderView();
  const params = screen.getByRole('graphics-document', { name: MESSAGES.en.modelCharts.paramsTitle });
  await user.click(within(params).getAllByRole('graphics-symbol')[0]!);
  expect(calls.at(-1)![1]).toBe('replace');
  expect(d.models.map((x) => x.id)).toContain(calls.at(-1)![0].highlight);
});
