import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { useState } from 'react';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { MESSAGES } from '../i18n/messages.ts';
import type { HistoryMode, UpdateView } from '../view/useViewState.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../view/viewState.ts';
import { CompareView } from './CompareView.tsx';
import { loadValidWorld } from '../../scripts/worldFiles.ts';
import { WorldDataContext } from '../charts/views/world/worldContext.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const [gpus, money] = d.comparisons as [(typeof d.comparisons)[number], (typeof d.comparisons)[number]];
const nameOf = (id: string) =>
  d.systems.find((s) => s.id === id)?.shortName ?? d.models.find((s) => s.id === id)?.name ?? d.money.find((s) => s.id === id)!.subject;

let calls: [Partial<ViewState>, HistoryMode][] = [];
beforeEach(() => {
  calls = [];
});

function Harness({ initial, lang }: { initial: Partial<ViewState>; lang: 'es' | 'en' }) {
  const [state, setState] = useState<ViewState>({ ...DEFAULT_VIEW_STATE, view: 'compare', ...initial });
  const update: UpdateView = (patch, mode) => {
    calls.push([patch, mode]);
    setState((s) => ({ ...s, ...patch }));
  };
  return <CompareView dataset={d} state={state} update={update} lang={lang} m={MESSAGES[lang]} />;
}
const renderView = (initial: Partial<ViewState> = {}, lang: 'es' | 'en' = 'es') => render(<Harness initial={initial} lang={lang} />);
const m = MESSAGES.es;
const selectA = () => screen.getByRole('combobox', { name: m.compare.pickA });
const selectB = () => screen.getByRole('combobox', { name: m.compare.pickB });
/** The ratio sentence: names sit in `<bdi>` elements, so match the paragraph's whole text. */
const sentence = (re: RegExp) => screen.getByText((_, el) => el?.tagName === 'P' && re.test(el.textContent ?? ''));

test('with no a/b in the URL it shows the first preset from the data, as a chart and a sentence', () => {
  renderView();
  expect(selectA()).toHaveValue(gpus.a);
  expect(selectB()).toHaveValue(gpus.b);
  const title = m.compare.title(nameOf(gpus.a), nameOf(gpus.b));
  expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
  expect(screen.getByRole('graphics-document', { name: title })).toBeInTheDocument();
  expect(sentence(new RegExp(`^${nameOf(gpus.a)} \\(.+\\) = .+ × ${nameOf(gpus.b)} \\([^)]+\\)\\.$`))).toBeInTheDocument();
  expect(screen.getByRole('button', { name: m.compare.presetLabel(nameOf(gpus.a), nameOf(gpus.b)) })).toHaveAttribute('aria-pressed', 'true');
  expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
});

test('the selects group every system, model and money figure under its kind', () => {
  renderView();
  const groups = within(selectA()).getAllByRole('group');
  expect(groups.map((g) => g.getAttribute('label'))).toEqual([m.compare.groups.system, m.compare.groups.model, m.compare.groups.money]);
  expect(within(groups[0]!).getAllByRole('option')).toHaveLength(d.systems.length);
  expect(within(groups[1]!).getAllByRole('option')).toHaveLength(d.models.length);
  expect(within(groups[2]!).getAllByRole('option')).toHaveLength(d.money.length);
});

test('changing a select pushes both ids to history and redraws', async () => {
  const user = userEvent.setup();
  renderView();
  const other = d.systems.find((s) => s.acceleratorCount && s.id !== gpus.a && s.id !== gpus.b)!;
  await user.selectOptions(selectA(), other.id);
  expect(calls.at(-1)).toEqual([{ compareA: other.id, compareB: gpus.b }, 'push']);
  expect(screen.getByRole('heading', { name: m.compare.title(other.shortName, nameOf(gpus.b)) })).toBeInTheDocument();
  await user.selectOptions(selectB(), gpus.a);
  expect(calls.at(-1)).toEqual([{ compareA: other.id, compareB: gpus.a }, 'push']);
});

test('swap exchanges A and B and inverts the sentence', async () => {
  const user = userEvent.setup();
  renderView();
  await user.click(screen.getByRole('button', { name: new RegExp(m.compare.swap) }));
  expect(calls.at(-1)).toEqual([{ compareA: gpus.b, compareB: gpus.a }, 'push']);
  expect(selectA()).toHaveValue(gpus.b);
  expect(sentence(new RegExp(`^${nameOf(gpus.b)} \\(.+\\) es el .+ de ${nameOf(gpus.a)} \\([^)]+\\)\\.$`))).toBeInTheDocument();
});

test('the money preset is one click away and brings its warnings: scope and claim', async () => {
  const user = userEvent.setup();
  renderView();
  await user.click(screen.getByRole('button', { name: m.compare.presetLabel(nameOf(money.a), nameOf(money.b)) }));
  expect(calls.at(-1)).toEqual([{ compareA: money.a, compareB: money.b }, 'push']);
  const notes = screen.getAllByRole('note').map((n) => n.textContent).join(' ');
  const [ma, mb] = [money.a, money.b].map((id) => d.money.find((x) => x.id === id)!);
  expect(notes).toContain(m.compareWarnings.scopes(m.scopes[ma!.scope], m.scopes[mb!.scope]));
  expect(notes).toContain(m.compareWarnings.claim(ma!.subject));
});

test('systems can be measured in H100-equivalents; the choice goes to the URL', async () => {
  const user = userEvent.setup();
  renderView();
  await user.click(screen.getByRole('radio', { name: m.metrics.h100e }));
  expect(calls.at(-1)).toEqual([{ metric: 'h100e' }, 'push']);
  expect(screen.getByText(new RegExp(m.compare.measureOf.h100e.replace(/[()]/g, '.')))).toBeInTheDocument();
});

test('no comparable measure: a clear message, no chart, no NaN, and the presets to recover', async () => {
  const user = userEvent.setup();
  renderView({ compareA: gpus.a, compareB: money.a });
  expect(screen.getByRole('heading', { name: m.compare.none.title })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent(nameOf(money.a));
  expect(screen.queryByRole('graphics-document')).not.toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  const panel = screen.getByRole('region', { name: m.compare.none.title });
  await user.click(within(panel).getByRole('button', { name: m.compare.presetLabel(nameOf(gpus.a), nameOf(gpus.b)) }));
  expect(screen.getByRole('graphics-document')).toBeInTheDocument();
});

test('a model with no compute figure says which one lacks it', () => {
  const bare = d.models.find((x) => !x.trainingFlop && !x.gpuHoursM)!;
  const other = d.models.find((x) => x.trainingFlop)!;
  renderView({ compareA: bare.id, compareB: other.id }, 'en');
  expect(screen.getByRole('status')).toHaveTextContent(MESSAGES.en.compare.none.missing(bare.name));
});

describe('with Epoch’s world data', () => {
  const world = loadValidWorld(resolve(import.meta.dirname, '../../data'), d);
  const meta = world.clusters.find((c) => c.id === 'meta-100k')!;
  const colossus3 = world.clusters.find((c) => c.id === 'xai-colossus-memphis-phase-3')!;
  const renderWorld = (initial: Partial<ViewState>) =>
    render(
      <WorldDataContext.Provider value={world}>
        <Harness initial={initial} lang="en" />
      </WorldDataContext.Provider>,
    );

  test('two Epoch clusters compare by GPU count, with Epoch as the source of both', () => {
    renderWorld({ compareA: colossus3.id, compareB: meta.id, metric: 'accelerators' });
    const ratio = (colossus3.chipCount!.value / meta.chipCount!.value).toLocaleString('en-US', { maximumSignificantDigits: 2 });
    const count = (v: number) => v.toLocaleString('en-US');
    expect(sentence(new RegExp(`^\u2068xAI Colossus Memphis Phase 3\u2069 \\(${count(colossus3.chipCount!.value)}\\sGPU\\) = ${ratio} × \u2068Meta 100k\u2069 \\(${count(meta.chipCount!.value)}\\sGPU\\)`))).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: MESSAGES.en.compare.pickA })).toHaveValue(colossus3.id);
    expect(screen.getAllByText(/Epoch AI \(CC BY 4\.0\)/).length).toBeGreaterThan(0);
  });

  test('the search picks any cluster as B; a cluster without a GPU count is listed disabled, with the reason', async () => {
    const user = userEvent.setup();
    renderWorld({ compareA: 'marenostrum-5-acc', compareB: 'deepseek-v3-cluster' });
    const box = screen.getByRole('combobox', { name: MESSAGES.en.search.searchB });
    await user.type(box, 'meta 100k');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(calls.at(-1)).toEqual([{ compareA: 'marenostrum-5-acc', compareB: 'meta-100k' }, 'push']);
    const noCount = world.clusters.find((c) => !c.chipCount && !c.curatedId && /^[A-Za-z ]+$/.test(c.name))!;
    await user.type(box, noCount.name);
    const option = screen.getAllByRole('option').find((o) => o.textContent!.startsWith(noCount.name))!;
    expect(option).toHaveAttribute('aria-disabled', 'true');
    expect(option).toHaveTextContent(MESSAGES.en.search.noFigure(MESSAGES.en.search.figures.count));
  });

  test('an Epoch row matched to a curated system is that system: curated figures win', () => {
    renderWorld({ compareA: 'mare-nostrum-5', compareB: 'deepseek-v3-cluster', metric: 'accelerators' });
    expect(screen.getByRole('combobox', { name: MESSAGES.en.compare.pickA })).toHaveValue('marenostrum-5-acc');
    expect(sentence(/^\u2068MareNostrum 5 ACC\u2069 \(4,480\sGPU\)/)).toBeInTheDocument();
  });
});
