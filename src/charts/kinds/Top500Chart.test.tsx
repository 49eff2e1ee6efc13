import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../../scripts/datasetFiles.ts';
import { formatEdition, formatOrdinal } from '../../i18n/format.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { Top500Chart } from './Top500Chart.tsx';
import { editionsOf, historyDescription, historyPoints, historySeries } from '../views/top500/top500.series.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const m = MESSAGES.es;
const series = historySeries(d, historyPoints(d, 'es', m), null, 'es', m);

function renderChart(onSelectEdition?: (e: string) => void, width = 900) {
  return render(
    <Top500Chart
      series={series}
      editions={editionsOf(d)}
      width={width}
      title={m.top500.top500Title}
      description={historyDescription(series, 'es', m)}
      selectedEdition="2024-11"
      formatEdition={(e) => formatEdition(e, 'es')}
      formatRank={(r) => formatOrdinal(r, 'es')}
      axisLabel={m.top500.rankAxis}
      onSelectEdition={onSelectEdition}
    />,
  );
}
const chart = () => screen.getByRole('graphics-document', { name: m.top500.top500Title });

test('named and described from the data; one labelled mark per (system, edition)', () => {
  renderChart();
  expect(chart()).toHaveAccessibleDescription(/\u2068MareNostrum 5 ACC\u2069 fue 8\.º en nov.2023 y 14\.º en jun.2025/);
  const marks = within(chart()).getAllByRole('graphics-symbol');
  expect(marks).toHaveLength(d.systems.reduce((n, s) => n + s.top500.length, 0));
  const acc = marks.filter((el) => el.getAttribute('aria-label')!.startsWith('MareNostrum 5 ACC,'));
  expect(acc.map((el) => /: (\d+)\.º/.exec(el.getAttribute('aria-label')!)![1])).toEqual(['8', '8', '11', '14']);
});

test('focusing a point shows its rank, Rmax and source; Escape hides it; arrows move on', async () => {
  const user = userEvent.setup();
  renderChart();
  const first = within(chart()).getAllByRole('graphics-symbol')[0]!;
  act(() => first.focus());
  expect(screen.getByRole('tooltip')).toHaveTextContent(/Rmax/);
  expect(screen.getByRole('tooltip')).toHaveTextContent(/Fuente/);
  await user.keyboard('{ArrowRight}');
  expect(document.activeElement).toBe(within(chart()).getAllByRole('graphics-symbol')[1]);
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
});

test('Enter or a click on a point picks its edition', async () => {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  renderChart(onSelect);
  const acc = within(chart()).getAllByRole('graphics-symbol').filter((el) => el.getAttribute('aria-label')!.startsWith('MareNostrum 5 ACC,'));
  act(() => acc[0]!.focus());
  await user.keyboard('{Enter}');
  expect(onSelect).toHaveBeenLastCalledWith(editionsOf(d)[0]);
  fireEvent.click(acc[1]!);
  expect(onSelect).toHaveBeenLastCalledWith(editionsOf(d)[1]);
});

test('highlighted systems are labelled at the end of their line, also on a phone', () => {
  const { container } = renderChart(undefined, 340);
  const text = container.querySelector('svg')!.textContent!;
  expect(text).toMatch(/MareNostrum 5\s*ACC/);
  expect(text).toMatch(/MareNostrum 5\s*GPP/);
});
