import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BarChart, fitLabel, type DetailedBarRow } from './BarChart.tsx';

const row = (id: string, value: number, confidence: DetailedBarRow['confidence'] = 'official'): DetailedBarRow => ({
  id,
  label: id,
  value,
  confidence,
  valueLabel: value.toLocaleString('es-ES', { useGrouping: 'always' } as Intl.NumberFormatOptions),
  details: [
    { label: 'Valor', value: `${value} GPU` },
    { label: 'Fuente', value: `fuente de ${id}` },
  ],
  ariaLabel: `${id}: ${value} GPU`,
});
const rows = [row('MareNostrum 5 ACC', 4480), row('DeepSeek-V3 cluster', 2048), row('Aurora', 63744, 'estimate'), row('ChatGPT claim', 300, 'claim')];

function renderChart(scale: 'log' | 'linear' = 'log', onSelect?: (id: string) => void) {
  return render(
    <BarChart rows={rows} width={720} scale={scale} formatTick={String} title="GPU por sistema" description="Aurora es el mayor." axisLabel="GPU" onSelect={onSelect} />,
  );
}

test('the chart has an accessible name and description, and one labelled mark per row', () => {
  renderChart();
  const chart = screen.getByRole('graphics-document', { name: 'GPU por sistema' });
  expect(chart).toHaveAccessibleDescription('Aurora es el mayor.');
  const marks = within(chart).getAllByRole('graphics-symbol');
  expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual(rows.map((r) => r.ariaLabel));
  expect(screen.getByText('4.480')).toBeInTheDocument();
});

test('focusing a mark shows its details; Escape hides them; arrows move between marks', async () => {
  const user = userEvent.setup();
  renderChart();
  await user.tab();
  expect(screen.getByRole('tooltip')).toHaveTextContent('fuente de MareNostrum 5 ACC');
  await user.keyboard('{ArrowDown}');
  expect(screen.getByRole('tooltip')).toHaveTextContent('fuente de DeepSeek-V3 cluster');
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
});

test('Enter selects the focused mark', async () => {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  renderChart('log', onSelect);
  await user.tab();
  await user.keyboard('{Enter}');
  expect(onSelect).toHaveBeenCalledWith('MareNostrum 5 ACC');
});

test('hovering shows the tooltip, leaving hides it', () => {
  const { container } = renderChart();
  const mark = container.querySelector('[data-bar="Aurora"]')!;
  fireEvent.mouseEnter(mark);
  expect(screen.getByRole('tooltip')).toHaveTextContent('fuente de Aurora');
  fireEvent.mouseLeave(container.firstChild as Element);
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
});

test('the bar and its value label both take the pointer for their row', () => {
  const { container } = renderChart();
  const mark = container.querySelector('[data-bar="DeepSeek-V3 cluster"]')!;
  fireEvent.mouseOver(mark.querySelector('rect')!);
  expect(screen.getByRole('tooltip')).toHaveTextContent('fuente de DeepSeek-V3 cluster');
  fireEvent.mouseOver(within(container.querySelector<HTMLElement>('[data-bar="Aurora"]')!).getByText('63.744'));
  expect(screen.getByRole('tooltip')).toHaveTextContent('fuente de Aurora');
});

test('switching scale keeps keyboard focus and the details on the same bar while it moves', async () => {
  const user = userEvent.setup();
  const { container, rerender } = renderChart('log');
  await user.tab();
  await user.keyboard('{ArrowDown}{ArrowDown}');
  const focused = document.activeElement;
  expect(focused).toHaveAttribute('data-bar', 'Aurora');
  const width = () => Number(focused!.querySelector('rect')!.getAttribute('width'));
  const before = width();
  rerender(<BarChart rows={rows} width={720} scale="linear" formatTick={String} title="GPU por sistema" description="Aurora es el mayor." axisLabel="GPU" />);
  expect(container.querySelector('[data-bar="Aurora"]')).toBe(focused);
  expect(document.activeElement).toBe(focused);
  expect(width()).not.toBe(before);
  expect(screen.getByRole('tooltip')).toHaveTextContent('fuente de Aurora');
});

test('switching scale changes the bars', () => {
  const widths = (scale: 'log' | 'linear') => {
    const { container, unmount } = renderChart(scale);
    const w = [...container.querySelectorAll('[data-bar] rect[rx="2"]')].map((r) => Number(r.getAttribute('width')));
    unmount();
    return w;
  };
  expect(widths('log')).not.toEqual(widths('linear'));
});

test('fitLabel shortens long labels with an ellipsis and leaves short ones alone', () => {
  expect(fitLabel('MareNostrum 5 ACC', 400)).toBe('MareNostrum 5 ACC');
  const long = 'ChatGPT · cost claimed for building ChatGPT in an interview';
  const short = fitLabel(long, 140);
  expect(short.endsWith('…')).toBe(true);
  expect(Array.from(short).length).toBeLessThanOrEqual(Math.floor(140 / 7));
  expect(long.startsWith(short.slice(0, -1))).toBe(true);
});
