import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { squareCount } from './waffle.layout.ts';
import { WaffleChart, type WaffleSide } from './WaffleChart.tsx';

const side = (id: string, value: number, confidence: WaffleSide['confidence'], high?: number): WaffleSide => ({
  id,
  value,
  high,
  confidence,
  lines: [`${id}`, `${value} GPU`],
  ariaLabel: `${id}: ${value} GPU`,
  details: [
    { label: 'Valor', value: `${value} GPU` },
    { label: 'Fuente', value: `fuente de ${id}` },
  ],
});
const UNIT = 20;
const sides = [side('Grande', 4470, 'official'), side('Pequeño', 1000, 'estimate', 2000)] as const;

function renderChart(width = 800) {
  return render(<WaffleChart sides={sides} unit={UNIT} unitLabel={`1 ■ = ${UNIT} GPU`} width={width} title="Grande frente a Pequeño" description="Grande: 224 cuadrados; Pequeño: 50." />);
}

test('named and described from the view; one labelled, focusable mark per side', () => {
  renderChart();
  const chart = screen.getByRole('graphics-document', { name: 'Grande frente a Pequeño' });
  expect(chart).toHaveAccessibleDescription('Grande: 224 cuadrados; Pequeño: 50.');
  const marks = within(chart).getAllByRole('graphics-symbol');
  expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual(sides.map((s) => s.ariaLabel));
  // Focusable, and one tab stop for the chart (the kit's roving tabindex).
  expect(marks.map((m) => m.getAttribute('tabindex'))).toEqual(['0', '-1']);
  expect(screen.getByText(`1 ■ = ${UNIT} GPU`)).toBeInTheDocument();
});

test('draws ceil(value / unit) squares per side, a partial last one, and the range as outlines', () => {
  const { container } = renderChart();
  const [big, small] = [...container.querySelectorAll('[data-block]')];
  const count = (g: Element) => g.querySelectorAll('g[aria-hidden] > rect, g[aria-hidden] > .partial-square').length;
  expect(count(big!)).toBe(squareCount(4470, UNIT));
  expect(big!.querySelectorAll('.partial-square')).toHaveLength(1);
  expect(small!.querySelectorAll('.range-square')).toHaveLength(squareCount(2000, UNIT) - squareCount(1000, UNIT));
  expect(count(small!)).toBe(squareCount(2000, UNIT));
  // An estimate is drawn with the hatch pattern, not colour alone.
  expect(small!.querySelector('g[aria-hidden] > rect')!.getAttribute('style')).toMatch(/url\(#.*-estimate\)/);
});

test('focus shows a side’s details; arrows move to the other side; Escape hides them', async () => {
  const user = userEvent.setup();
  renderChart();
  await user.tab();
  expect(screen.getByRole('tooltip')).toHaveTextContent('fuente de Grande');
  await user.keyboard('{ArrowRight}');
  expect(screen.getByRole('tooltip')).toHaveTextContent('fuente de Pequeño');
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
});

test('hover shows the tooltip and leaving hides it; the chart never exceeds its width', () => {
  const { container } = renderChart(360);
  fireEvent.mouseEnter(container.querySelector('[data-block="Pequeño"]')!);
  expect(screen.getByRole('tooltip')).toHaveTextContent('fuente de Pequeño');
  fireEvent.mouseLeave(container.firstChild as Element);
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  expect(Number(container.querySelector('svg')!.getAttribute('width'))).toBeLessThanOrEqual(360);
});
