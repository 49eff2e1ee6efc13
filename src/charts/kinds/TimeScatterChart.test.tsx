import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartImageContext, type ChartImage } from '../kit/imageMode.tsx';
import { TimeScatterChart } from './TimeScatterChart.tsx';
import type { TimeMarkDatum } from './timeScatter.layout.ts';

const mark = (id: string, date: string, value: number, extra: Partial<TimeMarkDatum> = {}): TimeMarkDatum => ({
  id,
  label: id,
  date,
  value,
  shape: 'circle',
  colour: 0,
  confidence: 'official',
  details: [{ label: 'Valor', value: `${value} FLOP` }],
  ariaLabel: `${id}: ${value} FLOP`,
  ...extra,
});
const data = [
  mark('Abierto', '2023-07-18', 1e24, { isLabelled: true }),
  mark('Cerrado', '2023-03-14', 2e25, { shape: 'square', colour: 1, confidence: 'estimate', isLabelled: true }),
  mark('Anónimo', '2019-02-01', 1e21, { shape: 'triangle', colour: 2, confidence: 'claim' }),
  mark('Planeado', '2026-01-01', 1e26, { isHollow: true }),
];
const formats = { x: (d: Date) => String(d.getUTCFullYear()), y: (v: number) => `1e${Math.round(Math.log10(v))}` };
const trend = [{ id: 'trend', label: 'tendencia ×4/año', kind: 'line' as const, colour: 3, isDashed: true, points: [{ year: 2019, value: 1e21 }, { year: 2025, value: 1e25 }] }];

const key = [
  { label: 'Pesos abiertos', colour: 0, shape: 'circle' as const, confidence: 'reported' as const },
  { label: 'tendencia ×4/año', colour: 3, shape: 'circle' as const, confidence: 'reported' as const, line: { isDashed: true } },
];

function renderChart(onSelect?: (id: string) => void) {
  return render(
    <TimeScatterChart data={data} lines={trend} keyEntries={key} width={720} formats={formats} title="Cómputo por fecha" description="El mayor es Planeado." xLabel="Fecha" yLabel="FLOP" onSelect={onSelect} />,
  );
}
const chart = () => screen.getByRole('graphics-document', { name: 'Cómputo por fecha' });

test('named and described; one focusable mark per datum in time order; labels only where asked', () => {
  renderChart();
  expect(chart()).toHaveAccessibleDescription('El mayor es Planeado.');
  const marks = within(chart()).getAllByRole('graphics-symbol');
  expect(marks.map((el) => el.getAttribute('aria-label'))).toEqual(['Anónimo: 1e+21 FLOP', 'Cerrado: 2e+25 FLOP', 'Abierto: 1e+24 FLOP', 'Planeado: 1e+26 FLOP']);
  expect(within(chart()).getByText('Abierto')).toBeInTheDocument();
  expect(within(chart()).queryByText('Anónimo')).not.toBeInTheDocument();
  expect(within(chart()).getByText('tendencia ×4/año')).toBeInTheDocument();
  expect(within(chart()).getByText('Pesos abiertos')).toBeInTheDocument();
  expect(chart().querySelector('[data-line="trend"] path[stroke-dasharray]')).not.toBeNull();
});

test('names are drawn over every mark and line, so no later mark or trend paints over them', () => {
  const { container } = render(<TimeScatterChart data={data} lines={trend} width={720} formats={formats} title="Cómputo por fecha" description="" xLabel="Fecha" yLabel="FLOP" />);
  const name = container.querySelector('[data-label="Abierto"] text')!;
  expect(name).toHaveTextContent('Abierto');
  const after = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING);
  for (const el of container.querySelectorAll('[data-mark], [data-line]')) expect(after(name, el)).toBe(true);
  // No name inside a mark's own group, where the marks after it would cover it.
  expect(container.querySelector('[data-mark] text')).toBeNull();
  // Where the name is, a box after every mark (nothing drawn later covers it) answers for its mark.
  const box = container.querySelector('[data-name-box="Abierto"]')!;
  expect(Number(box.getAttribute('x'))).toBeCloseTo(Number(name.getAttribute('x')), 5);
  for (const el of container.querySelectorAll('[data-mark]')) expect(after(box, el)).toBe(true);
  fireEvent.mouseOver(box);
  expect(screen.getByRole('tooltip')).toHaveTextContent('Abierto');
});

test('category by colour and shape; confidence and hollow drawn differently', () => {
  const { container } = renderChart();
  const shape = (id: string) => container.querySelector(`[data-mark="${id}"] path`) as SVGPathElement;
  expect(shape('Abierto').style.fill).toBe('var(--c-cat-0)');
  expect(shape('Cerrado').style.fill).toBe('var(--c-cat-1)');
  expect(shape('Cerrado').style.fillOpacity).toBe('0.4');
  expect(shape('Anónimo').style.strokeDasharray).toBe('2 2');
  expect(shape('Planeado').style.fill).toBe('var(--c-surface)');
  expect(shape('Abierto').getAttribute('d')).toMatch(/a/); // circle arcs
  expect(shape('Cerrado').getAttribute('d')).toMatch(/h.*v/); // square
});

test('hover and keys show the tooltip; Enter selects', async () => {
  const onSelect = vi.fn();
  renderChart(onSelect);
  const marks = within(chart()).getAllByRole('graphics-symbol');
  fireEvent.mouseOver(marks[1]!);
  expect(await screen.findByText('2e+25 FLOP')).toBeInTheDocument();
  marks[0]!.focus();
  await userEvent.keyboard('{ArrowRight}');
  expect(document.activeElement).toBe(marks[1]);
  await userEvent.keyboard('{Enter}');
  expect(onSelect).toHaveBeenCalledWith('Cerrado');
});

test('one tab stop for the whole chart: Tab enters once, arrows move focus and tooltip, Home/End, Tab leaves', async () => {
  const user = userEvent.setup();
  render(
    <>
      <button type="button">antes</button>
      <TimeScatterChart data={data} width={720} formats={formats} title="Cómputo por fecha" description="" xLabel="Fecha" yLabel="FLOP" />
      <button type="button">después</button>
    </>,
  );
  const marks = within(chart()).getAllByRole('graphics-symbol');
  expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toEqual([marks[0]]);
  await user.tab();
  await user.tab();
  expect(document.activeElement).toBe(marks[0]);
  expect(screen.getByRole('tooltip')).toHaveTextContent('1e+21 FLOP');
  await user.keyboard('{ArrowRight}{ArrowRight}');
  expect(document.activeElement).toBe(marks[2]);
  expect(screen.getByRole('tooltip')).toHaveTextContent('Abierto');
  await user.keyboard('{End}');
  expect(document.activeElement).toBe(marks[3]);
  await user.keyboard('{Home}');
  expect(document.activeElement).toBe(marks[0]);
  await user.keyboard('{ArrowRight}');
  await user.tab();
  expect(document.activeElement).toHaveTextContent('después');
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  // Hover still shows any mark's details.
  fireEvent.mouseOver(marks[3]!);
  expect(screen.getByRole('tooltip')).toHaveTextContent('Planeado');
});

test('a filter hides marks in place: the rest keep their places, the hidden leave the keys and the tab stop, and come back', async () => {
  const user = userEvent.setup();
  const props = { data, width: 720, formats, title: 'Cómputo por fecha', description: '', xLabel: 'Fecha', yLabel: 'FLOP' };
  const { container, rerender } = render(<TimeScatterChart {...props} />);
  const place = (id: string) => container.querySelector(`[data-mark="${id}"] path`)!.getAttribute('d');
  const before = Object.fromEntries(data.map((d) => [d.id, place(d.id)]));
  rerender(<TimeScatterChart {...props} hidden={new Set(['Anónimo', 'Abierto'])} lines={trend} />);
  const shown = within(chart()).getAllByRole('graphics-symbol');
  expect(shown.map((el) => el.getAttribute('aria-label'))).toEqual(['Cerrado: 2e+25 FLOP', 'Planeado: 1e+26 FLOP']);
  // The hidden first mark gave the tab stop to the next shown one.
  expect(shown[0]).toHaveAttribute('tabindex', '0');
  for (const d of data) expect(place(d.id)).toBe(before[d.id]);
  expect(within(chart()).queryByText('Abierto')).not.toBeInTheDocument();
  expect(container.querySelector('[data-name-box="Abierto"]')).toHaveAttribute('display', 'none');
  await user.tab();
  expect(document.activeElement).toBe(shown[0]);
  await user.keyboard('{ArrowRight}');
  expect(document.activeElement).toBe(shown[1]);
  await user.keyboard('{Home}');
  expect(document.activeElement).toBe(shown[0]);
  rerender(<TimeScatterChart {...props} hidden={new Set()} />);
  expect(within(chart()).getAllByRole('graphics-symbol')).toHaveLength(4);
  expect(within(chart()).getByText('Abierto')).toBeVisible();
});

test('an image of a filtered chart (SVG/PNG download) draws only the shown marks', () => {
  const images: ChartImage[] = [];
  render(
    <ChartImageContext value={(c) => images.push(c)}>
      <TimeScatterChart data={data} hidden={new Set(['Anónimo', 'Abierto'])} width={720} formats={formats} title="Cómputo por fecha" description="" xLabel="Fecha" yLabel="FLOP" />
    </ChartImageContext>,
  );
  // Drawn again in image mode, as FrameImage.tsx draws the collected chart into the file.
  const svg = renderToStaticMarkup(<ChartImageContext value={() => {}}>{images.at(-1)!.element}</ChartImageContext>);
  expect(svg.match(/data-mark="/g)).toHaveLength(2);
  expect(svg).toContain('data-mark="Cerrado"');
  expect(svg).not.toContain('data-mark="Abierto"');
  expect(svg).not.toContain('display');
});

test('a key entry the filter shows nothing of is drawn off, struck through, in its place; the others as they were', () => {
  const keyOff = [{ ...key[0]!, label: 'Pesos cerrados', colour: 1, shape: 'square' as const }, { ...key[0]!, isOff: true }];
  const place = (k: typeof keyOff) => {
    const { container, unmount } = render(<TimeScatterChart data={data} keyEntries={k} width={720} formats={formats} title="t" description="" xLabel="Fecha" yLabel="FLOP" />);
    const text = within(container).getByText('Pesos abiertos');
    const at = [text.getAttribute('x'), text.getAttribute('y'), text.getAttribute('style')] as const;
    unmount();
    return at;
  };
  const [x, y, style] = place(keyOff);
  expect(style).toContain('line-through');
  expect(place(keyOff.map((e) => ({ ...e, isOff: false })))).toEqual([x, y, expect.not.stringContaining('line-through')]);
});
