/**
 * The fold of a view's controls and of the views' tabs on a phone: its summary line says what is
 * chosen, and a link chosen inside it shuts it. (Which widths fold is CSS, tested in the browser:
 * tests/e2e/dashboard.phone.spec.ts.)
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { MESSAGES } from '../i18n/messages.ts';
import { CheckGroup, chosenLabels, Segmented } from './controls.tsx';
import { Fold } from './Fold.tsx';

const m = MESSAGES.es;
const scale = { legend: m.scale, options: [{ value: 'log', label: m.scales.log }, { value: 'linear', label: m.scales.linear }], value: 'linear' };
const regions = { legend: m.region, options: [{ value: 'europe', label: m.regions.europe }, { value: 'asia', label: m.regions.asia }, { value: 'north-america', label: m.regions['north-america'] }] };

describe('chosenLabels', () => {
  it("names each group's choice in the options' order, and nothing for a set filter with nothing ticked (all)", () => {
    expect(chosenLabels([scale, { ...regions, value: ['north-america', 'europe'] }])).toBe(`${m.scales.linear} · ${m.regions.europe}, ${m.regions['north-america']}`);
    expect(chosenLabels([{ ...regions, value: [] }, scale])).toBe(m.scales.linear);
    expect(m.folded(m.chartOptions, '')).toBe(m.chartOptions);
  });
});

describe('Fold', () => {
  it('shows its summary line as the folded controls\' name and holds the controls', () => {
    render(
      <Fold summary={m.folded(m.chartOptions, chosenLabels([scale]))}>
        <Segmented {...scale} onChange={() => {}} />
        <CheckGroup {...regions} value={[]} onChange={() => {}} />
      </Fold>,
    );
    const summary = screen.getByText(`${m.chartOptions}: ${m.scales.linear}`);
    expect(summary.closest('summary')).not.toBeNull();
    expect(summary.closest('details')!.contains(screen.getByRole('radio', { name: m.scales.linear, hidden: true }))).toBe(true);
  });

  it('shuts when a link inside it is chosen, with closeOnLink; other clicks leave it open', () => {
    const { container, rerender } = render(
      <Fold summary="Vistas" closeOnLink>
        <a href="#x">Modelos</a>
        <span>texto</span>
      </Fold>,
    );
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent.click(screen.getByText('texto'));
    expect(details.open).toBe(true);
    fireEvent.click(screen.getByText('Modelos'));
    expect(details.open).toBe(false);

    rerender(
      <Fold summary="Opciones">
        <a href="#x">Modelos</a>
      </Fold>,
    );
    details.open = true;
    fireEvent.click(screen.getByText('Modelos'));
    expect(details.open).toBe(true);
  });
});
