import { render, screen, within } from '@testing-library/react';
import { EPOCH_ATTRIBUTION } from '../data/epoch/attribution.ts';
import { epochCreditLine } from '../charts/views/world/epochSource.ts';
import { EpochSources } from './EpochSources.tsx';

describe('Epoch AI attribution', () => {
  it('is complete data: three datasets with https links, caveats in both languages', () => {
    expect(EPOCH_ATTRIBUTION.datasets.map((d) => d.key)).toEqual(['gpu-clusters', 'notable-ai-models', 'ml-hardware']);
    for (const d of EPOCH_ATTRIBUTION.datasets) {
      expect(d.url).toMatch(/^https:\/\/epoch\.ai\/data\//);
      expect(d.citation).toContain(d.url);
    }
    expect(EPOCH_ATTRIBUTION.caveats.find((c) => c.id === 'coverage')?.en).toContain('10–20 %');
    for (const c of EPOCH_ATTRIBUTION.caveats) expect(c.es.length * c.en.length).toBeGreaterThan(0);
  });

  it('gives the credit line charts and exports carry', () => {
    expect(epochCreditLine('en')).toBe('Data: Epoch AI (CC BY 4.0)');
    expect(epochCreditLine('es')).toBe('Datos: Epoch AI (CC BY 4.0)');
  });

  it.each(['es', 'en'] as const)('shows the credit, licence link, three citations and the caveats (%s)', (lang) => {
    render(<EpochSources lang={lang} />);
    const section = screen.getByRole('region', { name: lang === 'es' ? /datos de Epoch AI/ : /Epoch AI data/ });
    expect(within(section).getByText(new RegExp(`${lang === 'es' ? 'Datos' : 'Data'}: Epoch AI \\(CC BY 4\\.0\\)`))).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    for (const d of EPOCH_ATTRIBUTION.datasets) expect(within(section).getByRole('link', { name: d.url })).toHaveAttribute('href', d.url);
    const coverage = EPOCH_ATTRIBUTION.caveats.find((c) => c.id === 'coverage')![lang];
    expect(within(section).getByText(coverage)).toBeInTheDocument();
  });
});
