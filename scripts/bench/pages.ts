/**
 * The benchmark's own comparison pages, made at bench time in a temporary directory served under
 * /bench/: the hand-written static SVG page, the same chart in Observable Plot, and the stress
 * page (the product's BarChart with thousands of rows). The last two are bundled by Vite's
 * build() with an inline config (minified like the product's build); product files are only read.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { Confidence } from '../../src/data/schema.ts';
import type { ChartInput } from './chartInput.ts';
import type { PlotInput } from './libEntry.ts';
import { staticPage } from './staticPage.ts';
import { syntheticRows } from './synthetic.ts';
import { togglePage } from './togglePage.ts';

export const BENCH_BASE = '/bench/';
const here = import.meta.dirname;

const FILL: Record<Confidence, string> = { official: '#1f5fa8', reported: '#5b8fcc', estimate: '#f3d9bf', claim: '#fbe9e7' };
const STROKE: Partial<Record<Confidence, string>> = { estimate: '#b45309', claim: '#b42318' };

/** The Plot page's input: the product layout's margins, domain and ticks, so sizes match. */
export function plotInput(c: ChartInput, scale: 'log' | 'linear'): PlotInput {
  const { layout } = c;
  return {
    width: layout.width,
    height: layout.height,
    margin: { left: layout.plot.left, right: layout.width - layout.plot.right, top: layout.plot.top, bottom: layout.height - layout.plot.bottom },
    scale,
    domain: domainOf(layout, scale),
    ticks: layout.ticks.map((t) => t.value),
    tickLabels: c.tickLabels,
    axisLabel: c.axisLabel,
    rows: c.rows.map((r) => ({ label: r.label, value: r.value, valueLabel: r.valueLabel, fill: FILL[r.confidence], stroke: STROKE[r.confidence] ?? null })),
  };
}

/**
 * The x domain the product's layout used, read back from two of its ticks (value ↔ pixel is
 * linear, or linear in log10 for a log scale), so the library draws the same scale.
 */
export function domainOf(layout: ChartInput['layout'], scale: 'log' | 'linear'): [number, number] {
  const [a, b] = [layout.ticks[0], layout.ticks[layout.ticks.length - 1]];
  if (!a || !b || a.at === b.at) return [scale === 'log' ? 1 : 0, 1];
  const f = scale === 'log' ? Math.log10 : (v: number) => v;
  const g = scale === 'log' ? (v: number) => 10 ** v : (v: number) => v;
  const at = (x: number) => g(f(a.value) + ((f(b.value) - f(a.value)) * (x - a.at)) / (b.at - a.at));
  const round = (v: number) => Number(v.toPrecision(10));
  return [round(at(layout.plot.left)), round(at(layout.plot.right))];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function plotHtml(c: ChartInput, input: PlotInput): string {
  // `<` escaped in the JSON so a label can never close the script element.
  const json = JSON.stringify(input).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${esc(c.title)} (Observable Plot)</title>
<style>html{background:#f7f7f5;color:#1b1d21;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}body{margin:0;padding:8px}figure{margin:0;padding:16px;background:#fff;border:1px solid #dcdde0;border-radius:8px}h2{margin:0;font-size:18px}p{margin:4px 0 12px;font-size:14px;color:#555a63}#chart svg{display:block;max-width:100%;height:auto}</style>
<script type="module" src="./lib.ts"></script>
</head><body><figure><h2>${esc(c.title)}</h2><p>${esc(c.subtitle)}</p><div id="chart"></div><p>${esc(c.sourceLine)}</p></figure>
<script type="application/json" id="bench-data">${json}</script>
</body></html>
`;
}

const stressHtml = `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Stress: BarChart</title><script type="module" src="./stress.tsx"></script>
</head><body><div id="root"></div></body></html>
`;

export interface BenchPages {
  /** Served at BENCH_BASE. */
  dir: string;
  static: string;
  lib: string;
  stress: string;
  /** The hand-written SVG toggle page for `rows` bars. */
  toggle: (rows: number) => string;
}

/**
 * Writes and builds the pages. `productCss` (URLs of the dashboard's stylesheets) is linked from
 * the stress page so BarChart has its colours, as in the product.
 */
export async function makePages(c: ChartInput, scale: 'log' | 'linear', productCss: readonly string[], toggleRows: readonly number[]): Promise<BenchPages> {
  const src = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const out = join(src, 'out');
  // Entry stubs in the temp root re-export the real entries (absolute paths: node_modules resolve from there).
  writeFileSync(join(src, 'lib.ts'), `import ${JSON.stringify(resolve(here, 'libEntry.ts'))};\n`);
  writeFileSync(join(src, 'stress.tsx'), `import ${JSON.stringify(resolve(here, 'stressEntry.tsx'))};\n`);
  writeFileSync(join(src, 'lib.html'), plotHtml(c, plotInput(c, scale)));
  writeFileSync(join(src, 'stress.html'), stressHtml);
  // The bench runs inside Vite's dev server (bench.mjs), which sets NODE_ENV=development, and a
  // nested build() keeps it: the stress page then bundled React's development build (jsxDEV,
  // owner stacks), several times slower than what readers get. Build these pages as production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildPages(src, out);
    const assets = join(out, 'stress', 'assets');
    if (readdirSync(assets).some((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('jsxDEV')))
      throw new Error('the stress page was bundled with React\'s development build');
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'static.html'), staticPage(c));
  const toggle = (rows: number) => `toggle-${rows}.html`;
  for (const rows of toggleRows) writeFileSync(join(out, toggle(rows)), togglePage(syntheticRows(rows)));
  const stressFile = join(out, 'stress', 'stress.html');
  const links = productCss.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  writeFileSync(stressFile, readFileSync(stressFile, 'utf8').replace('</head>', `${links}</head>`));
  return { dir: out, static: 'static.html', lib: 'lib/lib.html', stress: 'stress/stress.html', toggle };
}

/** One build per page, so neither page loads a chunk shared with the other. */
async function buildPages(src: string, out: string): Promise<void> {
  for (const name of ['lib', 'stress']) {
    await build({
      configFile: false,
      root: src,
      mode: 'production',
      base: `${BENCH_BASE}${name}/`,
      logLevel: 'error',
      plugins: [react()],
      server: { fs: { allow: [src, resolve(here, '../..')] } },
      build: {
        outDir: join(out, name),
        emptyOutDir: true,
        target: 'es2022',
        modulePreload: { polyfill: false },
        rollupOptions: { input: { [name]: join(src, `${name}.html`) } },
      },
    });
  }
}
