import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { useState } from 'react';
import { loadValidDataset } from '../../../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../../../scripts/worldFiles.ts';
import { AsOfView } from '../../../app/AsOfView.tsx';
import { MESSAGES } from '../../../i18n/messages.ts';
import { rankOn, rankingOn } from '../../../metrics/asOfRank.ts';
import type { HistoryMode, UpdateView } from '../../../view/useViewState.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../view/viewState.ts';
import { WorldDataContext } from '../world/worldContext.ts';
import { AsOfFrame } from './AsOfPanel.tsx';
import { TOP_N } from './asOf.series.ts';

vi.setConfig({ testTimeout: 60_000 });

const dataDir = resolve(import.meta.dirname, '../../../../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);
const state: ViewState = { ...DEFAULT_VIEW_STATE, view: 'as-of' };
const mn5 = world.clusters.find((c) => c.curatedId === 'marenostrum-5-acc')!;

test('by default, the largest clusters on the data’s last date, MareNostrum 5 always there, ranks from the data', () => {
  render(<AsOfFrame dataset={dataset} world={world} state={state} lang="en" m={MESSAGES.en} />);
  const chart = screen.getByRole('graphics-document', { name: /The largest known AI clusters on Dec\s17,\s2025/ });
  const bars = within(chart).getAllByRole('graphics-symbol');
  expect(bars).toHaveLength(TOP_N + 1);
  const top = rankingOn(world.clusters, world.snapshot)[0]!;
  expect(bars[0]!.getAttribute('aria-label')).toMatch(new RegExp(`^No\\. 1 .*: ${top.h100e!.value.toLocaleString('en')} H100-equivalents`));
  const now = rankOn(world.clusters, mn5.id, world.snapshot)!;
  const opened = rankOn(world.clusters, mn5.id, mn5.firstOperational!)!;
  expect(bars.at(-1)!.getAttribute('aria-label')).toMatch(new RegExp(`^No\\. ${now.rank} MareNostrum 5 ACC: 4,480 H100-equivalents; Public`));
  expect(screen.getAllByRole('note').filter((n) => new RegExp(`When .?MareNostrum 5 ACC.? opened \\(Nov\\s2023\\) it was the ${opened.rank}\\w\\w largest known cluster of ${opened.of}; on Dec\\s17,\\s2025 it is the ${now.rank}\\w\\w of ${now.of}\\.`).test(n.textContent ?? ''))).toHaveLength(1);
  expect(screen.getAllByRole('note').some((n) => n.textContent?.includes('10–20 %'))).toBe(true);
  expect(screen.getByRole('link', { name: 'Data: Epoch AI (CC BY 4.0)' })).toHaveAttribute('href', 'https://epoch.ai/data/gpu-clusters');
  // The sector key is drawn too (so images carry it).
  expect(screen.getByRole('graphics-document', { name: 'Sector key' }).textContent).toContain('Public');
});

test('a month in the past shows the world then; before MareNostrum 5 opened, it says so (Spanish)', () => {
  render(<AsOfFrame dataset={dataset} world={world} state={{ ...state, asOf: '2023-06' }} lang="es" m={MESSAGES.es} />);
  const chart = screen.getByRole('graphics-document', { name: /a final de jun\s2023/ });
  const names = within(chart).getAllByRole('graphics-symbol').map((b) => b.getAttribute('aria-label'));
  expect(names.some((n) => n?.includes('MareNostrum 5'))).toBe(false);
  expect(names).toHaveLength(Math.min(TOP_N, rankingOn(world.clusters, '2023-06-30').length));
  expect(screen.getAllByRole('note').filter((n) => /MareNostrum 5 ACC.? entró en servicio en nov\s2023: a final de jun\s2023 aún no funcionaba\./.test(n.textContent ?? ''))).toHaveLength(1);
});

function Harness({ log }: { log: [string | null, HistoryMode][] }) {
  const [s, setS] = useState<ViewState>({ ...state, asOf: '2025-10' });
  const update: UpdateView = (patch, mode) => {
    log.push([patch.asOf ?? null, mode]);
    setS((x) => ({ ...x, ...patch }));
  };
  return <AsOfView dataset={dataset} state={s} update={update} lang="en" m={MESSAGES.en} />;
}

test('step buttons and keys push a history entry each; Play replaces after its first step and stops at the end', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  try {
    const log: [string | null, HistoryMode][] = [];
    render(<WorldDataContext value={world}><Harness log={log} /></WorldDataContext>);
    const slider = screen.getByRole('slider', { name: 'Date (month)' });
    expect(slider).toHaveAttribute('aria-valuetext', 'Oct\u00a02025');
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(log.at(-1)).toEqual(['2025-09', 'push']);
    expect(screen.getByText(/Showing Sep\s2025/)).toBeInTheDocument();
    // A key press on the slider (jsdom does not step a range by keys: the change event stands for it).
    fireEvent.change(slider, { target: { value: String(Number(slider.getAttribute('value')) - 1) } });
    expect(log.at(-1)).toEqual(['2025-08', 'push']);
    // A drag: one entry for the whole gesture.
    fireEvent.pointerDown(slider);
    fireEvent.change(slider, { target: { value: String(Number(slider.getAttribute('value')) - 1) } });
    fireEvent.change(slider, { target: { value: String(Number(slider.getAttribute('value')) - 1) } });
    fireEvent.pointerUp(slider);
    expect(log.slice(-2)).toEqual([['2025-07', 'push'], ['2025-06', 'replace']]);
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(log.at(-1)).toEqual(['2025-08', 'push']);
    log.length = 0;
    await user.click(screen.getByRole('button', { name: /Play/ }));
    await act(async () => vi.advanceTimersByTime(10_000));
    // Aug → Sep (push) → Oct, Nov (replace) → Dec, the data's last month: written as no parameter.
    expect(log).toEqual([['2025-09', 'push'], ['2025-10', 'replace'], ['2025-11', 'replace'], [null, 'replace']]);
    expect(screen.getByRole('button', { name: /Play/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next month' })).toBeDisabled();
  } finally {
    vi.useRealTimers();
  }
});
