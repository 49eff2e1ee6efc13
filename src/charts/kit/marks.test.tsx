import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, useCallback, useRef } from 'react';
import { expect, test } from 'vitest';
import { ActiveRing, HIDDEN_ATTRS, Mark, markAttributes, sameMarkProps, sameMarkPropsButHidden, shownFrom, useMarks } from './marks.tsx';
import { MarkChart } from './MarkChart.tsx';
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

/** Marks a filter hides in place, through the kit's shell as a kind uses it. */
const hiddenRenders = new Map<number, number>();
const HidingDot = memo(function HidingDot({ x, index, isHidden, isTabStop }: { x: number; index: number; isHidden: boolean; isTabStop: boolean }) {
  hiddenRenders.set(index, (hiddenRenders.get(index) ?? 0) + 1);
  const attrs = markAttributes({ index, label: `punto p${index}`, isTabStop, data: { 'data-mark': `p${index}` } }, false);
  return (
    <g {...attrs} {...(isHidden && HIDDEN_ATTRS)}>
      <circle cx={x} cy={10} r={4} />
    </g>
  );
}, sameMarkPropsButHidden);

function HidingChart({ xs, hidden }: { xs: number[]; hidden: readonly number[] }) {
  const isHidden = useCallback((i: number) => hidden.includes(i), [hidden]);
  return (
    <>
      <button type="button">before</button>
      <MarkChart
        uid="t"
        width={100}
        height={20}
        title="t"
        description="d"
        count={xs.length}
        isHidden={isHidden}
        ring={(i) => <circle data-testid="ring" cx={xs[i]} cy={10} r={7} />}
        tooltip={(i) => ({ detail: { title: `p${i}`, lines: [] }, x: xs[i]!, y: 10 })}
      >
        {(tabStop) => xs.map((x, i) => <HidingDot key={i} x={x} index={i} isHidden={isHidden(i)} isTabStop={i === tabStop} />)}
      </MarkChart>
    </>
  );
}

test('hiding and showing marks re-renders none of them; the DOM follows, and a re-render agrees with it', () => {
  hiddenRenders.clear();
  const xs = [10, 20, 30, 40, 50];
  const { rerender, container } = render(<HidingChart xs={xs} hidden={[3]} />);
  const shown = () => [...container.querySelectorAll<SVGGElement>('[data-mark]')].map((el) => el.getAttribute('display') !== 'none');
  // The first drawing is React's (and the server's): the hidden mark carries its attribute.
  expect(shown()).toEqual([true, true, true, false, true]);
  rerender(<HidingChart xs={xs} hidden={[1, 2]} />);
  expect(shown()).toEqual([true, false, false, true, true]);
  rerender(<HidingChart xs={xs} hidden={[]} />);
  expect(shown()).toEqual([true, true, true, true, true]);
  // (Mark 0, the tab stop, stayed shown: a stop that moves re-renders the two marks it moves between.)
  expect([...hiddenRenders.values()]).toEqual([1, 1, 1, 1, 1]);
  // Marks that re-render for another reason (the list moved) draw their current state.
  rerender(<HidingChart xs={[11, 21, 31, 41, 51]} hidden={[3]} />);
  expect(shown()).toEqual([true, true, true, false, true]);
  rerender(<HidingChart xs={[12, 22, 32, 42, 52]} hidden={[3]} />);
  expect(shown()).toEqual([true, true, true, false, true]);
  rerender(<HidingChart xs={[12, 22, 32, 42, 52]} hidden={[]} />);
  expect(shown()).toEqual([true, true, true, true, true]);
});

test('hidden marks: arrows, Home and End pass over them, the tab stop leaves them, and they get no ring or tooltip', async () => {
  const user = userEvent.setup();
  const { rerender, container } = render(<HidingChart xs={[10, 20, 30, 40, 50]} hidden={[]} />);
  const mark = (i: number) => container.querySelector<SVGGElement>(`[data-mark="p${i}"]`)!;
  act(() => mark(2).focus());
  expect(screen.getByRole('tooltip')).toHaveTextContent('p2');
  // A filter hides the focused mark and its neighbours; the stop moves to the next shown mark.
  rerender(<HidingChart xs={[10, 20, 30, 40, 50]} hidden={[0, 2, 3]} />);
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  expect(screen.queryByTestId('ring')).not.toBeInTheDocument();
  expect([0, 1, 2, 3, 4].filter((i) => mark(i).getAttribute('tabindex') === '0')).toEqual([4]);
  // Hidden marks are out of the accessibility tree.
  expect(screen.getAllByRole('graphics-symbol').map((m) => m.getAttribute('data-mark'))).toEqual(['p1', 'p4']);
  act(() => mark(4).focus());
  await user.keyboard('{ArrowLeft}');
  expect(document.activeElement).toBe(mark(1));
  await user.keyboard('{ArrowLeft}');
  expect(document.activeElement).toBe(mark(1));
  await user.keyboard('{ArrowRight}');
  expect(document.activeElement).toBe(mark(4));
  await user.keyboard('{Home}');
  expect(document.activeElement).toBe(mark(1));
  await user.keyboard('{End}');
  expect(document.activeElement).toBe(mark(4));
  // Every mark hidden but the first: the stop falls back to the last shown one before it.
  rerender(<HidingChart xs={[10, 20, 30, 40, 50]} hidden={[1, 2, 3, 4]} />);
  expect([0, 1, 2, 3, 4].filter((i) => mark(i).getAttribute('tabindex') === '0')).toEqual([0]);
});

test('shownFrom: the first shown mark from a start, either way, or null', () => {
  const hidden = (i: number) => [0, 2, 3].includes(i);
  expect(shownFrom(0, 1, 5, hidden)).toBe(1);
  expect(shownFrom(2, 1, 5, hidden)).toBe(4);
  expect(shownFrom(3, -1, 5, hidden)).toBe(1);
  expect(shownFrom(0, -1, 5, hidden)).toBeNull();
  expect(shownFrom(9, -1, 5, hidden)).toBe(4);
  expect(shownFrom(0, 1, 0)).toBeNull();
  expect(shownFrom(3, 1, 5)).toBe(3);
});
