import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { GpusPanel } from '../charts/views/gpus/GpusPanel.tsx';
import { MESSAGES } from '../i18n/messages.ts';
import { DEFAULT_VIEW_STATE, parseViewState } from '../view/viewState.ts';
import { dashboardHref, EmbedShell } from './EmbedShell.tsx';

const r = loadDatasetFromDir(resolve(__dirname, '../../data'));
if (!r.ok) throw new Error('dataset');
const dataset = r.dataset;

describe('EmbedShell', () => {
  it('shows the chart with its title and a link to the same view in the dashboard, in a new tab', () => {
    const state = { ...DEFAULT_VIEW_STATE, metric: 'h100e' as const, theme: 'dark' as const, hideTitle: true };
    render(<EmbedShell chart="gpus" Panel={GpusPanel} dataset={dataset} state={state} lang="en" base="/atlas/" />);
    const m = MESSAGES.en;
    expect(screen.getByRole('graphics-document', { name: m.gpusTitle(m.metrics.h100e) })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: new RegExp(m.embed.openInAtlas) });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    const href = link.getAttribute('href')!;
    expect(href.startsWith('/atlas/?')).toBe(true);
    // Same view; the embed's own options (title, theme) stay behind; the language shown goes along.
    expect(parseViewState(href.slice('/atlas/'.length)).state).toEqual({ ...state, view: 'gpus', hideTitle: false, theme: null, lang: 'en' });
  });

  it('has no controls: an embed shows the view its URL names', () => {
    render(<EmbedShell chart="gpus" Panel={GpusPanel} dataset={dataset} state={DEFAULT_VIEW_STATE} lang="es" base="/" />);
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('says so when the chart has no embed yet, and when the path names no chart', () => {
    const { unmount } = render(<EmbedShell chart="top500" dataset={dataset} state={DEFAULT_VIEW_STATE} lang="es" base="/" />);
    expect(screen.getByRole('alert')).toHaveTextContent(MESSAGES.es.embed.unavailable(MESSAGES.es.views.top500));
    unmount();
    render(<EmbedShell chart={null} dataset={dataset} state={DEFAULT_VIEW_STATE} lang="en" base="/" />);
    expect(screen.getByRole('alert')).toHaveTextContent(MESSAGES.en.embed.unknownChart);
  });

  it('links the dashboard view of the chart the path names', () => {
    expect(dashboardHref('/', DEFAULT_VIEW_STATE, 'money', 'es')).toBe('/?v=money&lang=es');
    // A view whose default state has a dashboard file of its own is linked there (one navigation).
    expect(dashboardHref('/atlas/', DEFAULT_VIEW_STATE, 'clusters', 'en')).toBe('/atlas/clusters/en/?v=clusters&lang=en');
    expect(dashboardHref('/', DEFAULT_VIEW_STATE, 'gpus', 'es')).toBe('/?lang=es');
    expect(dashboardHref('/', { ...DEFAULT_VIEW_STATE, worldRegions: ['spain'] }, 'clusters', 'es')).toBe('/?v=clusters&lang=es&wregion=spain');
  });
});
