import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { useState } from 'react';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { defaultEdition, editionsOf } from '../charts/views/top500/top500.series.ts';
import { formatEdition } from '../i18n/format.ts';
import { MESSAGES } from '../i18n/messages.ts';
import type { HistoryMode, UpdateView } from '../view/useViewState.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../view/viewState.ts';
import { Top500View } from './Top500View.tsx';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const m = MESSAGES.es;

let calls: [Partial<ViewState>, HistoryMode][] = [];
beforeEach(() => {
  calls = [];
});

function Harness({ initial }: { initial: Partial<ViewState> }) {
  const [state, setState] = useState<ViewState>({ ...DEFAULT_VIEW_STATE, view: 'top500', ...initial });
  const update: UpdateView = (patch, mode) => {
    calls.push([patch, mode]);
    setState((s) => ({ ...s, ...patch }));
  };
  return <Top500View dataset={d} state={state} update={update} lang="es" m={m} />;
}
const renderView = (initial: Partial<ViewState> = {}) => render(<Harness initial={initial} />);
const picker = () => screen.getByRole('group', { name: m.top500.editionPicker });
const barsTitle = (e: string) => m.top500.editionTitle(formatEdition(e, 'es'));

test('with no edition in the URL, the default edition is picked and drawn as bars', () => {
  renderView();
  const def = defaultEdition(d)!;
  expect(within(picker()).getByRole('radio', { name: formatEdition(def, 'es') })).toBeChecked();
  const bars = screen.getByRole('graphics-document', { name: barsTitle(def) });
  const onList = d.systems.filter((s) => s.top500.some((t) => t.edition === def && t.rmaxPflops));
  expect(within(bars).getAllByRole('graphics-symbol')).toHaveLength(onList.length);
  expect(screen.getByRole('graphics-document', { name: m.top500.top500Title })).toBeInTheDocument();
});

test('picking an edition pushes it into the view state and redraws the bars', async () => {
  const user = userEvent.setup();
  renderView();
  const first = editionsOf(d)[0]!;
  await user.click(within(picker()).getByRole('radio', { name: formatEdition(first, 'es') }));
  expect(calls).toContainEqual([{ edition: first }, 'push']);
  expect(screen.getByRole('graphics-document', { name: barsTitle(first) })).toBeInTheDocument();
});

test('an edition whose systems lack an Rmax names them instead of dropping them', () => {
  const edition = editionsOf(d).find((e) => d.systems.some((s) => s.top500.some((t) => t.edition === e && !t.rmaxPflops)))!;
  renderView({ edition });
  const missing = d.systems.filter((s) => s.top500.some((t) => t.edition === edition && !t.rmaxPflops));
  const note = screen.getAllByRole('note').find((n) => n.textContent!.includes(missing[0]!.shortName));
  expect(note).toBeDefined();
});

test('clicking a point in the history picks its edition', async () => {
  const user = userEvent.setup();
  renderView();
  const history = screen.getByRole('graphics-document', { name: m.top500.top500Title });
  const mark = within(history).getAllByRole('graphics-symbol')[0]!;
  await user.click(mark);
  expect(calls.at(-1)![1]).toBe('push');
  expect(editionsOf(d)).toContain(calls.at(-1)![0].edition);
});
