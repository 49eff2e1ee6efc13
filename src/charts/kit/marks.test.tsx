import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, useRef } from 'react';
import { expect, test } from 'vitest';
import { ActiveRing, Mark, sameMarkProps, useMarks } from './marks.tsx';
import { ChartTooltip } from './Tooltip.tsx';

const renders = new Map<number, number>();
const Dot = memo(function Dot({ p, index }: { p: { x: number; id: string }; index: number }) {
  renders.set(index, (renders.get(index) ?? 0) + 1);
  return (
    <Mark index={index} label={`punto ${p.id}`} data={{ 'data-mark': p.id }}>
      <circle cx={p.x} cy={10} r={4} />
    </Mark>
  );
}, sameMarkProps);

function Chart({ xs, onActivate }: { xs: number[]; onActivate?: (i: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const points = xs.map((x, i) => ({ x, id: `p${i}` }));
  const { store, layerProps, clear } = useMarks(points.length, onActivate);
  return (
    <div ref={box} onMouseLeave={clear}>
      <svg>
        <g {...layerProps}>
          {points.map((p, i) => <Dot key={p.id} p={p} index={i} />)}
        </g>
        <ActiveRing store={store} draw={(i) => <circle data-testid="ring" cx={points[i]!.x} cy={10} r={7} />} />
      </svg>
      <ChartTooltip store={store} container={box} at={(i) => ({ detail: { title: points[i]!.id, lines: [{ label: 'x', value: String(points[i]!.x) }] }, x: points[i]!.x, y: 10 })} />
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
