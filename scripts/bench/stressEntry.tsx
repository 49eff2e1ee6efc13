/**
 * Stress page: the product's BarChart (src/charts/BarChart.tsx, unchanged) with `?rows=N`
 * synthetic rows, and a button that toggles log/linear, timed by the benchmark like the
 * dashboard's controls. Rows are deterministic so every run draws the same chart.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BarChart, type DetailedBarRow } from '../../src/charts/kinds/BarChart.tsx';
import type { ScaleType } from '../../src/charts/kinds/barChart.layout.ts';
import { formatCompact, formatNumber } from '../../src/i18n/format.ts';
import { loadMessages } from '../../src/i18n/messages.ts';
import { syntheticRows } from './synthetic.ts';

function Stress({ rows }: { rows: DetailedBarRow[] }) {
  const [scale, setScale] = useState<ScaleType>('log');
  return (
    <main style={{ padding: 8 }}>
      <button type="button" data-bench="scale" onClick={() => setScale((s) => (s === 'log' ? 'linear' : 'log'))}>
        {scale === 'log' ? 'linear' : 'log'}
      </button>
      <BarChart
        rows={rows}
        width={640}
        scale={scale}
        formatTick={(v) => formatCompact(v, 'es')}
        title={`${rows.length} barras sintéticas`}
        description={`Prueba de carga con ${formatNumber(rows.length, 'es')} barras.`}
        axisLabel="unidades"
      />
    </main>
  );
}

const n = Math.max(1, Math.min(20_000, Number(new URLSearchParams(location.search).get('rows')) || 2000));
// Number formats read the language's messages (one chunk per language): load Spanish first.
void loadMessages('es').then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Stress rows={syntheticRows(n)} />
    </StrictMode>,
  ),
);
