/**
 * The what-if view with the real dataset and a real view store over jsdom's address: the seed
 * question answered by default, inputs that land in the URL, and bad input that never shows NaN.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { useViewState } from '../view/useViewState.ts';
import { createViewStore, type ViewStore } from '../view/viewStore.ts';
import { WhatIfView } from './WhatIfView.tsx';
import { loadValidWorld } from '../../scripts/worldFiles.ts';
import { WorldDataContext } from '../charts/views/world/worldContext.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const dataset = loaded.dataset;

function Harness({ store }: { store: ViewStore }) {
  const [state, update] = useViewState(undefined, store);
  const lang = state.lang ?? 'es';
  return <WhatIfView dataset={dataset} state={state} update={update} lang={lang} m={MESSAGES[lang]} />;
}

function renderAt(search: string) {
  window.history.replaceState(null, '', '/' + search);
  const store = createViewStore(window, { replaceDelayMs: 0 });
  return render(<Harness store={store} />);
}

const count = (id: string) => dataset.systems.find((s) => s.id === id)!.acceleratorCount!.value;
const peak = (id: string) => dataset.hardware.find((h) => h.id === id)!.bf16DenseTflops!.value;
const dsHours = dataset.models.find((m) => m.id === 'deepseek-v3')!.gpuHoursM!.value * 1e6;
/** DeepSeek-V3 on its own cluster: the paper's ~57 days, from the data. */
const dsDays = dsHours / count('deepseek-v3-cluster') / 24;
/** On MareNostrum 5 ACC, by peak ratio (the default 40 % MFU at both ends). */
const mn5Days = (dsHours * peak('h800')) / peak('h100-64gb') / count('marenostrum-5-acc') / 24;
const n = (v: number, lang: 'es' | 'en') => v.toLocaleString(lang === 'es' ? 'es-ES' : 'en-US', { useGrouping: 'always' } as Intl.NumberFormatOptions);

const daysChart = () => screen.getAllByRole('graphics-document')[0]!;
const sentence = () => screen.getByText(/tardaría|would take/, { selector: 'output' });

test('by default it answers the seed question: MareNostrum 5 ACC and DeepSeek-V3, with cost, energy and the hypothetical bar', () => {
  renderAt('?v=whatif');
  expect(sentence()).toHaveTextContent(`MareNostrum 5 ACC tardaría ~${Math.round(mn5Days)} días en entrenar DeepSeek-V3 con ${n(count('marenostrum-5-acc'), 'es')} H100 64GB`);
  expect(screen.getByText('Tiempo').nextElementSibling).toHaveTextContent(`~${Math.round(mn5Days)} días`);
  expect(screen.getByText('Coste').nextElementSibling).toHaveTextContent(/millones de €/);
  expect(screen.getByText('Energía').nextElementSibling).toHaveTextContent(/MWh/);
  const chart = daysChart();
  expect(chart).toHaveAccessibleName('¿Cuánto se tardaría en entrenar DeepSeek-V3?');
  const marks = within(chart).getAllByRole('graphics-symbol');
  expect(marks[0]).toHaveAccessibleName(new RegExp(`^MareNostrum 5 ACC \\(hipotético\\): ~${Math.round(mn5Days)}\\sdías`));
  // The paper's own run, by the same formula: ~57 days.
  expect(Math.round(dsDays)).toBe(57);
  expect(marks.some((mk) => /^DeepSeek-V3 cluster: ~57\sdías/.test(mk.getAttribute('aria-label') ?? ''))).toBe(true);
  expect(screen.getByRole('region', { name: /Tabla de conversión/ })).toHaveTextContent(new RegExp(`H100 64GB.*≤\\s${n(peak('h100-64gb'), 'es')}`));
  expect(screen.getByRole('region', { name: /Cómo se calcula/ })).toHaveTextContent(/MFU de origen: 40\s%/);
  expect(screen.getByText(/No se publica el pico de H100 64GB/)).toBeInTheDocument();
  // The GPU chart of the same systems marks the target.
  const gpus = screen.getAllByRole('graphics-document')[1]!;
  const target = within(gpus).getByRole('graphics-symbol', { name: /^MareNostrum 5 ACC:/ });
  expect(target.getAttribute('aria-label')).toMatch(new RegExp(`¿y si…\\? DeepSeek-V3 en ~${Math.round(mn5Days)}\\sdías$`));
});

test('choosing a model and a system pushes them into the URL; the own run reproduces the paper', async () => {
  const user = userEvent.setup();
  renderAt('?v=whatif&lang=en');
  const before = window.history.length;
  await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'llama-3-1-405b');
  await user.selectOptions(screen.getByRole('combobox', { name: 'System' }), 'llama-3-1-405b-run');
  expect(window.location.search).toBe('?v=whatif&model=llama-3-1-405b&sys=llama-3-1-405b-run&lang=en');
  expect(window.history.length).toBe(before + 2);
  expect(sentence()).toHaveTextContent(`would take ~78 days to train Llama 3.1 405B with ${n(count('llama-3-1-405b-run'), 'en')} H100 SXM`);
});

test('a custom GPU count replaces the URL, halves the days when doubled, and shows a hypothetical GPU bar', async () => {
  const user = userEvent.setup();
  renderAt('?v=whatif&model=deepseek-v3&sys=deepseek-v3-cluster&lang=en');
  expect(sentence()).toHaveTextContent('~57 days');
  const before = window.history.length;
  const field = screen.getByRole('textbox', { name: 'GPUs (custom count)' });
  const doubled = 2 * count('deepseek-v3-cluster');
  await user.type(field, String(doubled));
  expect(window.location.search).toContain(`gpus=${doubled}`);
  expect(window.history.length).toBe(before);
  expect(sentence()).toHaveTextContent(`~${Math.round(dsDays / 2)} days`);
  const gpus = screen.getAllByRole('graphics-document')[1]!;
  expect(within(gpus).getByRole('graphics-symbol', { name: new RegExp(`DeepSeek-V3 cluster with ${n(doubled, 'en')} \\(hypothetical\\)`) })).toBeInTheDocument();
  // Changing the system drops the custom count (it belonged to the other system).
  await user.selectOptions(screen.getByRole('combobox', { name: 'System' }), 'marenostrum-5-acc');
  expect(window.location.search).not.toContain('gpus=');
});

test('bad numbers are marked invalid and never reach the state; out of range is clamped on leaving the field', async () => {
  const user = userEvent.setup();
  renderAt('?v=whatif&lang=en');
  const pue = screen.getByRole('textbox', { name: 'PUE' });
  await user.type(pue, 'abc');
  expect(pue).toHaveAttribute('aria-invalid', 'true');
  expect(pue).toHaveAccessibleDescription(/Type a valid number/);
  expect(window.location.search).not.toContain('pue=');
  await user.clear(pue);
  await user.type(pue, '7');
  expect(window.location.search).not.toContain('pue=');
  await user.tab();
  expect(pue).toHaveValue('3');
  expect(window.location.search).toContain('pue=3');
  expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  // A Spanish decimal comma is read as a decimal point.
  const price = screen.getByRole('textbox', { name: 'Price (US$ per GPU-hour)' });
  await user.type(price, '2,5');
  expect(window.location.search).toContain('price=2.5');
});

test('the MFU slider is labelled, keyboard-usable and replaces the URL; double MFU, half the days', () => {
  renderAt('?v=whatif&model=deepseek-v3&sys=deepseek-v3-cluster&lang=en&mfu=20');
  expect(sentence()).toHaveTextContent(`~${Math.round(dsDays * 2)} days`);
  const slider = screen.getByRole('slider', { name: 'Target MFU (%)' });
  act(() => {
    fireEvent.change(slider, { target: { value: '40' } });
  });
  expect(window.location.search).toContain('mfu=40');
  expect(sentence()).toHaveTextContent('~57 days');
});

test('a model without compute figures is disabled in the list and explained if linked', () => {
  const none = dataset.models.find((m) => !m.gpuHoursM && !m.trainingFlop)!;
  renderAt(`?v=whatif&model=${none.id}&lang=en`);
  expect(screen.getByRole('option', { name: new RegExp(`${none.name} \\(no compute figures\\)`) })).toBeDisabled();
  expect(screen.getByText(`${none.name} publishes neither GPU-hours nor training FLOP: there is nothing to convert. Choose another model.`, { selector: '[role="status"]' })).toBeInTheDocument();
});

test('FP8 on an accelerator without FP8 says so and falls back to BF16', () => {
  renderAt('?v=whatif&sys=frontier&basis=fp8&lang=en');
  expect(screen.getByText(/MI250X has no FP8: the conversion uses dense BF16/)).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: 'Dense FP8' })).toBeChecked();
});

test('the frame\'s data table lists outputs, every input with its origin, and the reference bars', async () => {
  const user = userEvent.setup();
  renderAt('?v=whatif');
  await user.click(screen.getAllByRole('button', { name: 'Ver los datos en una tabla' })[0]!); // the what-if frame comes first
  // The table's code loads on that click.
  const table = await screen.findByRole('table', { name: /Datos de «¿Cuánto se tardaría en entrenar DeepSeek-V3\?»/ }, { timeout: 10_000 });
  const heads = within(table).getAllByRole('rowheader').map((h) => h.textContent);
  expect(heads.slice(0, 2)).toEqual(['Días en MareNostrum 5 ACC', 'Trabajo de entrenamiento']);
  expect(heads).toEqual(expect.arrayContaining(['Precio por GPU-hora', 'MFU de origen', 'PUE', 'Días en DeepSeek-V3 cluster']));
  expect(within(table).getByRole('columnheader', { name: 'Origen' })).toBeInTheDocument();
  expect(within(table).getAllByRole('cell', { name: 'supuesto' }).length).toBeGreaterThanOrEqual(3);
});

describe('with Epoch’s world data', () => {
  const world = loadValidWorld(resolve(import.meta.dirname, '../../data'), dataset);
  const renderWorldAt = (search: string) => {
    window.history.replaceState(null, '', '/' + search);
    const store = createViewStore(window, { replaceDelayMs: 0 });
    return render(
      <WorldDataContext.Provider value={world}>
        <Harness store={store} />
      </WorldDataContext.Provider>,
    );
  };

  test('an Epoch model trains on a curated system with Epoch’s training compute', () => {
    const grok = world.models.find((x) => x.id === 'grok-4')!;
    renderWorldAt('?v=whatif&model=grok-4&sys=marenostrum-5-acc&lang=en');
    // Training compute ÷ (GPUs × peak × the default 40 % MFU), in days.
    const days = grok.trainingComputeFlop!.value / (count('marenostrum-5-acc') * peak('h100-64gb') * 1e12 * 0.4) / 86400;
    expect(sentence()).toHaveTextContent(new RegExp(`would take ~${n(Math.round(days), 'en')} days to train Grok 4 with ${n(count('marenostrum-5-acc'), 'en')} H100 64GB`));
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveValue('grok-4');
    expect(screen.getAllByText(/Epoch AI \(CC BY 4\.0\)/).length).toBeGreaterThan(0);
  });

  test('the model search pushes an Epoch model into the URL; a model without compute is disabled, saying why', async () => {
    const user = userEvent.setup();
    renderWorldAt('?v=whatif&lang=en');
    const box = screen.getByRole('combobox', { name: MESSAGES.en.search.searchModel });
    await user.type(box, 'grok 4');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(window.location.search).toBe('?v=whatif&model=grok-4&lang=en');
    const none = world.models.find((x) => !x.trainingComputeFlop && !x.curatedId && /^[A-Za-z0-9 .]+$/.test(x.name))!;
    await user.type(box, none.name);
    const option = screen.getAllByRole('option').find((o) => o.textContent!.startsWith(none.name))!;
    expect(option).toHaveAttribute('aria-disabled', 'true');
    expect(option).toHaveTextContent(MESSAGES.en.search.noFigure(MESSAGES.en.search.figures.compute));
  });
});
