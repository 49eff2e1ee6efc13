import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CSSProperties } from 'react';
import { BarChart, fitLabel, type DetailedBarRow } from './BarChart.tsx';
import { layoutBars } from './barChart.layout.ts';

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

/** What the DOM shows of each bar's place: rectangle, whisker, value label. */
function drawn(container: Element) {
  return [...container.querySelectorAll('[data-bar]')].map((g) => {
    const [, rect, ...rest] = [...g.children] as SVGElement[];
    const value = rest[rest.length - 1]!;
    const whisker = rest.length === 2 ? rest[0]! : null;
    return {
      id: g.getAttribute('data-bar'),
      rect: [rect!.getAttribute('x'), rect!.getAttribute('width')],
      whisker: whisker && [whisker.getAttribute('x1'), whisker.getAttribute('x2')],
      value: [value.getAttribute('x'), value.getAttribute('text-anchor'), value.style.fill],
    };
  });
}

/** The same, from the layout the chart is given. */
function placed(rs: DetailedBarRow[], scale: 'log' | 'linear') {
  return layoutBars(rs, 720, scale).bars.map((b) => ({
    id: b.row.id,
    rect: [String(b.x), String(b.width)],
    whisker: b.highX === undefined ? null : [String(b.x + b.width), String(b.highX)],
    value: [String(b.valueX), b.isValueInside ? 'end' : 'start', b.isValueInside ? 'var(--c-on-bar)' : 'var(--c-text)'],
  }));
}

test('after every scale switch, filter or re-render, each bar, whisker and value label is where the layout puts it', () => {
  // A scale switch moves the bars without re-rendering them (BarChart's moveBars), so this
  // checks the DOM, not React's record of it, through switches back and forth and re-renders.
  const ranged = [...rows, { ...row('Colossus', 100000, 'estimate'), high: 200000 }];
  const chart = (rs: DetailedBarRow[], scale: 'log' | 'linear', fillOf?: (uid: string, r: DetailedBarRow) => CSSProperties) => (
    <BarChart rows={rs} width={720} scale={scale} formatTick={String} title="t" description="d" axisLabel="GPU" fillOf={fillOf} />
  );
  const { container, rerender } = render(chart(ranged, 'log'));
  expect(drawn(container)).toEqual(placed(ranged, 'log'));
  expect(placed(ranged, 'log')).not.toEqual(placed(ranged, 'linear'));
  rerender(chart(ranged, 'linear'));
  expect(drawn(container)).toEqual(placed(ranged, 'linear'));
  rerender(chart(ranged, 'log'));
  expect(drawn(container)).toEqual(placed(ranged, 'log'));
  // A filter: one bar fewer, and Colossus loses its range, so its bar reaches the end of the
  // axis and its long value label goes inside.
  const fewer = [...rows.filter((r) => r.id !== 'Aurora'), { ...row('Colossus', 100000, 'estimate'), valueLabel: '100.000 H100 (estimación)' }];
  rerender(chart(fewer, 'linear'));
  expect(drawn(container)).toEqual(placed(fewer, 'linear'));
  // Every bar re-renders (a new fill) in the same commit as a switch back to log, which is what
  // React last drew itself for these bars.
  const plain = () => ({ fill: 'gray' });
  rerender(chart(fewer, 'log', plain));
  expect(drawn(container)).toEqual(placed(fewer, 'log'));
  rerender(chart(fewer, 'linear', plain));
  expect(drawn(container)).toEqual(placed(fewer, 'linear'));
  // The value label's colour follows it inside or outside its bar.
  expect(new Set(drawn(container).map((d) => d.value[2]))).toEqual(new Set(['var(--c-on-bar)', 'var(--c-text)']));
});

test('fitLabel shortens long labels with an ellipsis and leaves short ones alone', () => {
  expect(fitLabel('MareNostrum 5 ACC', 400)).toBe('MareNostrum 5 ACC');
  const long = 'ChatGPT · cost claimed for building ChatGPT in an interview';
  const short = fitLabel(long, 140);
  expect(short.endsWith('…')).toBe(true);
  expect(Array.from(short).length).toBeLessThanOrEqual(Math.floor(140 / 7));
  expect(long.startsWith(short.slice(0, -1))).toBe(true);
});
