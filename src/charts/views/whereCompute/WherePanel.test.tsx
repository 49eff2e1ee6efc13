import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { useState } from 'react';
import { loadValidDataset } from '../../../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../../../scripts/worldFiles.ts';
import { WhereView } from '../../../app/WhereView.tsx';
import { MESSAGES } from '../../../i18n/messages.ts';
import { byRegion, h100eOverTime } from '../../../metrics/computeByRegion.ts';
import type { UpdateView } from '../../../view/useViewState.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../view/viewState.ts';
import { WorldDataContext } from '../world/worldContext.ts';
import { WhereFrame } from './WherePanel.tsx';
import { whereColumns } from './where.series.ts';

vi.setConfig({ testTimeout: 60_000 });

const dataDir = resolve(import.meta.dirname, '../../../../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);
const state: ViewState = { ...DEFAULT_VIEW_STATE, view: 'where' };
const notes = () => screen.getAllByRole('note').map((n) => n.textContent ?? '');

test('one focusable column per quarter, the caveat, Spain and the EU, and the clusters left out, all from the data', () => {
  render(<WhereFrame dataset={dataset} world={world} state={state} lang="en" m={MESSAGES.en} />);
  const chart = screen.getByRole('graphics-document', { name: 'Where the compute is: known H100-equivalents by region' });
  const columns = within(chart).getAllByRole('graphics-symbol');
  expect(columns).toHaveLength(whereColumns(world, 'region').length);
  expect(chart.querySelectorAll('[data-area]')).toHaveLength(5);
  const [last] = h100eOverTime(world.clusters, [world.snapshot], byRegion);
  const total = Object.values(last!.totals).reduce((a, b) => a + b, 0);
  const int = (v: number) => Math.round(v).toLocaleString('en');
  const pct = (v: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(v / total);
  expect(notes()).toContain(`On Dec\u00a017,\u00a02025 Spain holds ${pct(last!.totals.spain!)} of the known H100-equivalents (${int(last!.totals.spain!)} H100e); the EU ${pct(last!.totals.spain! + last!.totals['rest-of-eu']!)} (${int(last!.totals.spain! + last!.totals['rest-of-eu']!)} H100e).`);
  expect(notes().some((n) => n.includes('10–20 %'))).toBe(true);
  expect(notes()).toContain(`${last!.withoutFigure} clusters running on Dec\u00a017,\u00a02025 have no known H100-equivalents and are left out of the sum.`);
  expect(columns.at(-1)!.getAttribute('aria-label')).toMatch(/^Q4 2025 \(Dec\s17,\s2025\): [\d,]+ known H100-equivalents\. US \d/);
  expect(screen.getByRole('link', { name: 'Data: Epoch AI (CC BY 4.0)' })).toBeInTheDocument();
});

function Harness() {
  const [s, setS] = useState<ViewState>(state);
  const update: UpdateView = (patch) => setS((x) => ({ ...x, ...patch }));
  return <WhereView dataset={dataset} state={s} update={update} lang="es" m={MESSAGES.es} />;
}

test('grouping by sector and showing shares change the chart (Spanish)', async () => {
  render(<WorldDataContext value={world}><Harness /></WorldDataContext>);
  await userEvent.click(screen.getByRole('radio', { name: 'Sector' }));
  const chart = screen.getByRole('graphics-document', { name: 'Dónde está el cómputo: equivalentes H100 conocidos por sector' });
  expect([...chart.querySelectorAll('[data-area]')].map((a) => a.getAttribute('data-area'))).toEqual(['public', 'public-private', 'private', 'unknown']);
  await userEvent.click(screen.getByRole('radio', { name: 'Porcentaje' }));
  const share = screen.getByRole('graphics-document', { name: /reparto de los equivalentes H100 conocidos por sector/ });
  expect(share.textContent).toContain('100\u00a0%');
});
