import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScatterChart } from './ScatterChart.tsx';
import type { ScatterDatum } from './scatter.layout.ts';

const datum = (id: string, x: number, y: number, confidence: ScatterDatum['confidence']): ScatterDatum => ({
  id,
  label: id,
  x,
  y,
  confidence,
  details: [
    { label: 'Valor', value: `${x} FLOP` },
    { label: 'Fuente', value: `fuente de ${id}` },
  ],
  ariaLabel: `${id}: ${x} FLOP, ${y} M€`,
});
const data = [datum('Modelo A', 3e24, 3, 'estimate'), datum('Modelo B', 4e25, 60, 'official'), datum('Modelo C', 2e23, 0.5, 'claim')];
const formats = { x: (v: number) => `1e${Math.log10(v)}`, y: (v: number) => `${v} M€` };

function renderChart(onSelect?: (id: string) => void) {
  return render(
    <ScatterChart data={data} width={720} formats={formats} title="Cómputo frente a coste" description="B es el mayor." xLabel="FLOP" yLabel="M€" onSelect={onSelect} />,
  );
}
const chart = () => screen.getByRole('graphics-document', { name: 'Cómputo frente a coste' });

test('named, described, one labelled focusable mark per point, with visible labels', () => {
  renderChart();
  expect(chart()).toHaveAccessibleDescription('B es el mayor.');
  const marks = within(chart()).getAllByRole('graphics-symbol');
  expect(marks.map((el) => el.getAttribute('aria-label')).sort()).toEqual(data.map((x) => x.ariaLabel).sort());
  // Focusable, and one tab stop for the chart (the kit's roving tabindex).
  expect(marks.map((el) => el.getAttribute('tabindex'))).toEqual(marks.map((_, i) => (i === 0 ? '0' : '-1')));
  for (const x of data) expect(within(chart()).getByText(x.label)).toBeInTheDocument();
  expect(within(chart()).getByText('1e24')).toBeInTheDocument();
});

test('an estimate is drawn with the hatch pattern, an official figure solid, a claim hollow and dashed', () => {
  const { container } = renderChart();
  const dot = (id: string) => container.querySelector(`[data-mark="${id}"] circle:nth-of-type(2)`) as SVGCircleElement;
  expect(dot('Modelo A').style.fill).toMatch(/url\(#.*-estimate\)/);
  expect(dot('Modelo B').style.fill).toBe('var(--c-official)');
  expect(dot('Modelo C').style.strokeDasharray).not.toBe('');
});

test('hover and focus show the details; Escape hides them; Enter selects', async () => {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  const { container } = renderChart(onSelect);
  fireEvent.mouseEnter(container.querySelector('[data-mark="Modelo B"]')!);
  expect(screen.getByRole('tooltip')).toHaveTextContent('fuente de Modelo B');
  await user.tab();
  expect(screen.getByRole('tooltip')).toHaveTextContent(/fuente de/);
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  await user.keyboard('{Enter}');
  expect(onSelect).toHaveBeenCalledTimes(1);
});
