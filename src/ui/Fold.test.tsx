/**
 * The fold of a view's controls and of the views' tabs on a phone: its summary line says what is
 * chosen, and a link chosen inside it shuts it. (Which widths fold is CSS, tested in the browser:
 * tests/e2e/dashboard.phone.spec.ts.)
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { MESSAGES } from '../i18n/messages.ts';
import { CheckGroup, chosenLabels, Segmented } from './controls.tsx';
import { Fold, WIDE } from './Fold.tsx';

const m = MESSAGES.es;
/** A view's tab as the page wires it (src/app/App.tsx, go): followed in place, or left to the browser for a new tab. */
const Tab = () => (
  <a
    href="#x"
    onClick={(e) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
    }}
  >
    Modelos
  </a>
);
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

  it('shuts when a link inside it is chosen on a narrow screen, with closeOnLink; other clicks leave it open', () => {
    const { container, rerender } = render(
      <Fold summary="Vistas" closeOnLink>
        <Tab />
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
        <Tab />
      </Fold>,
    );
    details.open = true;
    fireEvent.click(screen.getByText('Modelos'));
    expect(details.open).toBe(true);
  });
});

/** A window as wide or as narrow as asked, which can change its mind (a rotated phone). */
function stubWidth(isWide: boolean) {
  const listeners = new Set<() => void>();
  const mql = { matches: isWide, addEventListener: (_: string, f: () => void) => listeners.add(f), removeEventListener: (_: string, f: () => void) => listeners.delete(f) };
  vi.stubGlobal('matchMedia', (q: string) => (q === WIDE ? mql : { ...mql, matches: false }));
  return (wide: boolean) => {
    mql.matches = wide;
    for (const f of listeners) f();
  };
}

describe('Fold by the width of the window', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens on a wide screen, stays as it is on a narrow one, and follows the window when it changes', () => {
    const resize = stubWidth(false);
    const { container } = render(<Fold summary="Opciones"><span>x</span></Fold>);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    resize(true);
    expect(details.open).toBe(true);
    resize(false);
    expect(details.open).toBe(false);
  });

  it('on a wide screen, is open from the start and a chosen link leaves it open', () => {
    stubWidth(true);
    const { container } = render(<Fold summary="Vistas" closeOnLink><Tab /></Fold>);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(true);
    fireEvent.click(screen.getByText('Modelos'));
    expect(details.open).toBe(true);
  });

  it('on a narrow screen, a link chosen by keyboard shuts it and hands the focus to its line; a link opened in a new tab leaves it open', () => {
    stubWidth(false);
    const { container } = render(<Fold summary="Vistas" closeOnLink><Tab /></Fold>);
    const details = container.querySelector('details')!;
    details.open = true;
    const link = screen.getByText('Modelos');
    fireEvent.click(link, { ctrlKey: true });
    expect(details.open).toBe(true);
    link.focus();
    fireEvent.click(link);
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(container.querySelector('summary'));
  });
});
