import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, useRef } from 'react';
import { expect, test } from 'vitest';
import { ActiveRing, Mark, sameMarkProps, useMarks } from './marks.tsx';
import { ChartTooltip } from './Tooltip.tsx';

const renders = new Map<number, number>();
const Dot = memo(function Dot({ p, index, isTabStop }: { p: { x: number; id: string }; index: number; isTabStop: boolean }) {
  renders.set(index, (renders.get(index) ?? 0) + 1);
  return (
    <Mark index={index} label={`punto ${p.id}`} isTabStop={isTabStop} data={{ 'data-mark': p.id }}>
      <circle cx={p.x} cy={10} r={4} />
    </Mark>
  );
}, sameMarkProps);

function Chart({ xs, onActivate }: { xs: number[]; onActivate?: (i: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const points = xs.map((x, i) => ({ x, id: `p${i}` }));
  const { store, layerProps, clear, tabStop } = useMarks(points.length, onActivate);
  return (
    <div ref={box} onMouseLeave={clear}>
      <button type="button">before</button>
      <svg>
        <g {...layerProps}>
          {points.map((p, i) => <Dot key={p.id} p={p} index={i} isTabStop={i === tabStop} />)}
        </g>
        <ActiveRing store={store} draw={(i) => <circle data-testid="ring" cx={points[i]!.x} cy={10} r={7} />} />
      </svg>
      <ChartTooltip store={store} container={box} at={(i) => ({ detail: { title: points[i]!.id, lines: [{ label: 'x', value: String(points[i]!.x) }] }, x: points[i]!.x, y: 10 })} />
      <button type="button">after</button>
    </div>
  );
}

test('hovering a mark opens its tooltip and ring without re-rendering any mark', () => {
  renders.clear();
  const { container } = render(<Chart xs={[10, 20, 30]} />);
  const before = [...renders.values()];
  fireEvent.mouseOver(container.querySelector('[data-mark="p1"] circle')!);
  expect(screen.getByRole('tooltip')).toHaveTextContent('p1');
  expect(screen.getByTestId('ring')).toHaveAttribute('cx', '20');
  fireEvent.mouseOver(container.querySelector('[data-mark="p2"]')!);
  expect(screen.getByRole('tooltip')).toHaveTextContent('p2');
  expect([...renders.values()]).toEqual(before);
  fireEvent.mouseLeave(container.firstElementChild!);
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
});

test('a re-layout re-renders only the marks that moved', () => {
  renders.clear();
  const { rerender } = render(<Chart xs={[10, 20, 30]} />);
  rerender(<Chart xs={[10, 25, 30]} />);
  expect(renders.get(0)).toBe(1);
  expect(renders.get(1)).toBe(2);
  expect(renders.get(2)).toBe(1);
});

test('keys move between marks, Escape closes, Enter and click activate', async () => {
  const user = userEvent.setup();
  const activated: number[] = [];
  const { container } = render(<Chart xs={[10, 20, 30]} onActivate={(i) => activated.push(i)} />);
  await user.tab();
  await user.tab();
  expect(screen.getByRole('tooltip')).toHaveTextContent('p0');
  await user.keyboard('{End}');
  expect(document.activeElement).toHaveAttribute('aria-label', 'punto p2');
  await user.keyboard('{ArrowLeft}{Enter}');
  expect(activated).toEqual([1]);
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  await user.click(container.querySelector('[data-mark="p0"] circle')!);
  expect(activated).toEqual([1, 0]);
});

test('without an action, a click or tap shows the details (how phones reach them)', () => {
  const { container } = render(<Chart xs={[10, 20]} />);
  fireEvent.click(container.querySelector('[data-mark="p1"] circle')!);
  expect(screen.getByRole('tooltip')).toHaveTextContent('p1');
});

test('the chart is one tab stop: Tab enters at one mark, arrows and Home/End move it, Tab leaves', async () => {
  const user = userEvent.setup();
  const { container } = render(<Chart xs={[10, 20, 30, 40]} />);
  const marks = screen.getAllByRole('graphics-symbol');
  const stops = () => marks.filter((m) => m.getAttribute('tabindex') === '0');
  // Before any focus (and so in the server's markup), only the first mark is in the tab order.
  expect(stops()).toEqual([marks[0]]);
  expect(marks.slice(1).every((m) => m.getAttribute('tabindex') === '-1')).toBe(true);

  await user.tab();
  expect(document.activeElement).toHaveTextContent('before');
  await user.tab();
  expect(document.activeElement).toBe(marks[0]);
  expect(screen.getByRole('tooltip')).toHaveTextContent('p0');
  await user.keyboard('{ArrowRight}{ArrowRight}');
  expect(document.activeElement).toBe(marks[2]);
  expect(screen.getByRole('tooltip')).toHaveTextContent('p2');
  expect(screen.getByTestId('ring')).toHaveAttribute('cx', '30');
  expect(stops()).toEqual([marks[2]]);
  await user.keyboard('{End}');
  expect(document.activeElement).toBe(marks[3]);
  await user.keyboard('{Home}');
  expect(document.activeElement).toBe(marks[0]);
  await user.keyboard('{ArrowDown}');

  // One Tab leaves the chart, whichever mark has focus; the details close with it.
  await user.tab();
  expect(document.activeElement).toHaveTextContent('after');
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  // Shift+Tab comes back to the mark left last, and once more leaves before the chart.
  await user.tab({ shift: true });
  expect(document.activeElement).toBe(marks[1]);
  await user.tab({ shift: true });
  expect(document.activeElement).toHaveTextContent('before');

  // The pointer still opens any mark's details, and moves no tab stop.
  fireEvent.mouseOver(container.querySelector('[data-mark="p3"] circle')!);
  expect(screen.getByRole('tooltip')).toHaveTextContent('p3');
  expect(stops()).toEqual([marks[1]]);
});

test('a shorter list keeps the tab stop on a mark that exists', async () => {
  const user = userEvent.setup();
  const { rerender } = render(<Chart xs={[10, 20, 30, 40]} />);
  screen.getAllByRole('graphics-symbol')[3]!.focus();
  await user.tab(); // leaves the chart with the stop on the last mark
  rerender(<Chart xs={[10, 20]} />);
  const marks = screen.getAllByRole('graphics-symbol');
  expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toEqual([marks[1]]);
});
