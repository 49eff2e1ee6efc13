/**
 * `npm run bench`: builds if dist/ is missing or older than the sources (unless --no-build),
 * makes the comparison pages, serves everything on a loopback port, measures in headless
 * Chromium, prints a markdown report and writes bench/results/*.json. It reports; it never
 * fails on a missed goal (exit 1 only if it could not run).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { layoutBars } from '../../src/charts/kinds/barChart.layout.ts';
import { loadAllMessages, MESSAGES } from '../../src/i18n/messages.ts';
import { loadDatasetFromDir } from '../datasetFiles.ts';
import { loadValidWorld } from '../worldFiles.ts';
import { scaledWorld } from './scaledWorld.ts';
import { gpuChartInput } from './chartInput.ts';
import { clustersFilterPage, clustersInput, clustersPage } from './clustersPage.ts';
import { fetchedWithoutInteraction, launch, liveChartWidth, SLOW_4G } from './measure.ts';
import { SECTORS } from '../../src/data/model.ts';
import { BENCH_BASE, makePages } from './pages.ts';
import { headScriptSource } from '../headScript.ts';
import { lighthouseMarkdown, medianSummary, runLighthouse, summarise, type LighthouseSummary } from './lighthouse.ts';
import { markdown, type BenchResult } from './report.ts';
import { measureInteractions, measurePages, type Target } from './runs.ts';
import { serve } from './server.ts';
import { entrySize, htmlGzip } from './sizes.ts';
import { median, parseArgs } from './stats.ts';
import { syntheticRows } from './synthetic.ts';
import { modelsOverTime } from '../../src/charts/views/worldModels/worldModels.series.ts';

const root = resolve(import.meta.dirname, '../..');
const CLUSTER_MARKS = 'circle, rect, path';
/** Issue 11: hover and filter answer in the next frame "at 1,000 marks". */
const SCALED_MARKS = 1000;
const builtDist = join(root, 'dist');
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((max, name) => (path.endsWith('scripts') && name === 'bench' ? max : Math.max(max, newestMtime(join(path, name)))), 0);
}

/** Why dist/ needs a build, if it does (the benchmark's own files do not count). */
function staleBecause(): string | null {
  const built = join(builtDist, 'index.html');
  if (!existsSync(built) || !existsSync(join(builtDist, 'embed/gpus/index.html'))) return 'dist/ is missing';
  const at = statSync(built).mtimeMs;
  const inputs = ['src', 'data', 'public', 'embed', 'scripts', 'index.html', 'vite.config.ts', 'package.json'];
  const newer = inputs.find((p) => newestMtime(join(root, p)) > at);
  return newer ? `${newer} changed after the last build` : null;
}

function timeLayout(rows: number, reps = 15): number {
  const data = syntheticRows(rows);
  const times: number[] = [];
  for (let i = 0; i < reps + 2; i++) {
    const t0 = performance.now();
    layoutBars(data, 640, i % 2 ? 'linear' : 'log');
    if (i >= 2) times.push(performance.now() - t0); // two warm-up runs for the JIT
  }
  return median(times);
}

/** `--lighthouse`: Lighthouse alone, `runs` times on the dashboard and one embed, served gzipped like a host. */
async function lighthouse(runs: number): Promise<number> {
  const dist = mkdtempSync(join(tmpdir(), 'atlas-lighthouse-'));
  cpSync(builtDist, dist, { recursive: true });
  const base = /<script type="module"[^>]*src="([^"]*)assets\/[^"]+\.js"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1] ?? '/';
  const server = await serve([{ prefix: base, dir: dist }], { gzip: true });
  try {
    // Lighthouse's Chrome asks for English: the head script moves that reader from / to en/.
    // The atlas is Spanish first, so / is measured for a Spanish browser too.
    const targets = [
      { label: `${base} (browser asks for Spanish)`, path: base, acceptLang: 'es-ES,es' },
      { label: `${base} (browser asks for English: moved to en/)`, path: base },
      { label: `${base}embed/gpus/`, path: `${base}embed/gpus/` },
    ];
    const all = new Map<string, LighthouseSummary[]>(targets.map((t) => [t.label, []]));
    // Round-robin, so a slow spell on the machine hits every page rather than one.
    for (let run = 1; run <= runs; run++) {
      for (const t of targets) {
        log(`lighthouse ${run}/${runs} ${t.label}`);
        const lhr = await runLighthouse(server.origin + t.path, t.acceptLang);
        if (typeof lhr === 'string') {
          log(lhr);
          return 1;
        }
        all.get(t.label)!.push(summarise(t.label, lhr));
      }
    }
    const out = targets.map((t) => medianSummary(all.get(t.label)!));
    const outDir = join(root, 'bench/results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(out, null, 2));
    process.stdout.write(`${lighthouseMarkdown(out)}\n`);
    return 0;
  } finally {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

/** The dashboard page cut to its head script (the text the build inlines) and prerender config: a page that only moves the visit on. */
function headScriptOnly(indexHtml: string): string {
  const meta = /<meta name="atlas-prerender"[^>]*>/.exec(indexHtml)?.[0];
  const script = `<script>${headScriptSource(root)}</script>`;
  if (!meta || !indexHtml.includes(script)) throw new Error('dist/index.html: no prerender config or head script to measure the move with');
  return `<!doctype html><html><head><meta charset="utf-8">${meta}${script}</head><body></body></html>`;
}

export async function main(argv: readonly string[]): Promise<number> {
  await loadAllMessages();
  const args = parseArgs(argv);
  if (args.errors.length) {
    log(`${args.errors.join('; ')}\nusage: npm run bench -- [--runs N] [--no-build] [--throttle] [--lighthouse]`);
    return 2;
  }
  const stale = staleBecause();
  if (stale && (args.build || stale === 'dist/ is missing')) {
    log(`${stale}: running npm run build`);
    // Not this process's NODE_ENV: Vite's dev server (bench.mjs) set it to development, and a build
    // that inherits it bundles React's development build (the dist/ readers never get).
    const env = { ...process.env };
    delete env.NODE_ENV;
    const b = spawnSync('npm', ['run', 'build'], { cwd: root, env, stdio: ['ignore', process.stderr, 'inherit'] });
    if (b.status !== 0) throw new Error('npm run build failed');
  } else if (stale) log(`warning: ${stale} (--no-build: measuring the existing dist/)`);

  // Each Lighthouse run takes ~30 s: 3 per page unless asked for more.
  if (args.lighthouse) return lighthouse(args.runsGiven ? args.runs : 3);

  const loaded = loadDatasetFromDir(join(root, 'data'));
  if (!loaded.ok) throw new Error(`invalid dataset: ${loaded.messages.join('; ')}`);
  const chart = gpuChartInput(loaded.dataset);
  const bars = chart.rows.length;
  const customBars = gpuChartInput(loaded.dataset, { metric: 'bf16', scale: 'linear' }).rows.length;
  // Issue 11's world pages: the clusters chart's default view, and every status for the interactions.
  const world = loadValidWorld(join(root, 'data'), loaded.dataset);
  const clusters = clustersInput(world, loaded.dataset);
  const clusterMarks = clusters.layout.points.length;
  const allStatuses = { statuses: ['existing', 'decommissioned', 'planned'] } as const;
  const allClusterMarks = clustersInput(world, loaded.dataset, allStatuses).layout.points.length;
  // Models over time draws one mark per model with a figure and a date (its frame, whatever the filter).
  const modelMarks = modelsOverTime(loaded.dataset, world, 'all', 'es', MESSAGES.es, MESSAGES.es.worldCharts).frame.length;

  // Measure a snapshot: other work may rebuild dist/ while the benchmark runs.
  const dist = mkdtempSync(join(tmpdir(), 'atlas-bench-dist-'));
  const cleanup: (() => unknown)[] = [() => rmSync(dist, { recursive: true, force: true })];
  try {
    cpSync(builtDist, dist, { recursive: true });
    const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
    // A build made with BASE_PATH=/sub/ is served under that path, as on its host.
    const base = /<script type="module"[^>]*src="([^"]*)assets\/[^"]+\.js"/.exec(indexHtml)?.[1] ?? '/';
    const css = [...indexHtml.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    log('building the comparison pages (static SVG, Observable Plot, stress)');
    // Five interleaved rounds: one series of 6 clicks per page moved the ratio by 0.2–0.3 between runs.
    const scaleTest = { rows: 1000, cpuRate: 4, rounds: 5 };
    const pages = await makePages(chart, 'log', css, [scaleTest.rows]);
    cleanup.push(() => rmSync(dirname(pages.dir), { recursive: true, force: true }));
    writeFileSync(join(pages.dir, 'clusters.html'), clustersPage(clusters));
    writeFileSync(join(pages.dir, 'move.html'), headScriptOnly(indexHtml));
    const server = await serve([{ prefix: base, dir: dist }, { prefix: BENCH_BASE, dir: pages.dir }], { gzip: args.throttle });
    cleanup.push(server.close);
    // Issue 11's "at 1,000 marks": the same site with clusters copied until the chart draws that
    // many (scaledWorld.ts), on a server of its own, for the hover and the filter.
    const scaledDir = mkdtempSync(join(tmpdir(), 'atlas-bench-scaled-'));
    cleanup.push(() => rmSync(scaledDir, { recursive: true, force: true }));
    cpSync(dist, scaledDir, { recursive: true });
    const scaled = scaledWorld(world, SCALED_MARKS);
    const scaledJson = JSON.stringify(scaled);
    for (const f of readdirSync(join(scaledDir, 'data')).filter((f) => /^world(\.\w+)?\.json$/.test(f))) writeFileSync(join(scaledDir, 'data', f), scaledJson);
    const scaledServer = await serve([{ prefix: base, dir: scaledDir }]);
    cleanup.push(scaledServer.close);
    const url = (path: string) => server.origin + path;
    const browser = await launch();
    cleanup.push(() => browser.close());

    const targets: Target[] = [
      { id: 'static', label: 'Static SVG page', path: `${BENCH_BASE}${pages.static}`, minMarks: bars, hydrates: false },
      { id: 'dashboard', label: 'Dashboard, default view', path: base, minMarks: bars, hydrates: true },
      // No React until the reader reaches for the chart: nothing to wait for after the paint.
      { id: 'embed', label: 'Prerendered embed', path: `${base}embed/gpus/`, minMarks: bars, hydrates: false },
      // Another language's copy: the head script moves the visit to embed/gpus/en/ (one more navigation).
      { id: 'redirect', label: 'Embed, ?lang=en → en/', path: `${base}embed/gpus/?lang=en`, minMarks: bars, hydrates: false },
      { id: 'custom', label: 'Custom-view embed', path: `${base}embed/gpus/?metric=bf16&scale=linear`, minMarks: customBars, hydrates: true },
      { id: 'lib', label: 'Observable Plot', path: `${BENCH_BASE}${pages.lib}`, minMarks: bars, hydrates: false },
      // Clusters over time: any shape is a mark (circles, squares, diamonds, triangles).
      { id: 'clusters-static', label: 'Hand-written clusters page', path: `${BENCH_BASE}clusters.html`, minMarks: clusterMarks, hydrates: false, baseline: 'clusters-static', marks: CLUSTER_MARKS },
      { id: 'clusters-embed', label: 'Clusters embed (prerendered)', path: `${base}embed/clusters/`, minMarks: clusterMarks, hydrates: false, baseline: 'clusters-static', marks: CLUSTER_MARKS },
      // The address readers share: the app writes a world view's address at the file that holds
      // its copy (src/embed/addressPath.ts), which hydrates once the world data is there.
      { id: 'clusters-dashboard', label: 'Dashboard clusters/?v=clusters (the address the app writes)', path: `${base}clusters/?v=clusters`, minMarks: clusterMarks, hydrates: true, baseline: 'clusters-static', marks: CLUSTER_MARKS },
      // A link at the site's root, as the app wrote them before: the head script moves the visit
      // to clusters/ (a second document; times count from the first navigation's start).
      { id: 'clusters-root-link', label: 'Dashboard /?v=clusters (an older root link)', path: `${base}?v=clusters`, minMarks: clusterMarks, hydrates: true, baseline: 'clusters-static', marks: CLUSTER_MARKS },
      // The dashboard page's head script and its prerender config, and nothing else: the least a
      // move by the head script costs (whatever the dashboard page carries, ?v=clusters pays this).
      { id: 'clusters-move-alone', label: 'Head script alone, ?v=clusters → clusters/', path: `${BENCH_BASE}move.html?v=clusters`, minMarks: clusterMarks, hydrates: true, baseline: 'clusters-static', marks: CLUSTER_MARKS },
    ];
    log(`${targets.length} pages × (1 warm-up + ${args.runs}) cold loads, interleaved`);
    const network = args.throttle ? SLOW_4G : undefined;
    const { summaries, loads } = await measurePages(browser, url, targets, { runs: args.runs, network, log });
    log('interactions');
    // The clusters chart with every status shown: its most marks, on the real data and the scaled copy.
    const everyStatusPath = `${base}?v=clusters&status=${allStatuses.statuses.join('~')}`;
    // The filter at scale's hand-written twin: the scaled chart at the live chart's width, with the
    // box the product's first sector box is (SECTORS[0], shown alone when ticked).
    const liveWidth = await liveChartWidth(browser, scaledServer.origin + everyStatusPath, SCALED_MARKS, CLUSTER_MARKS);
    const sector = SECTORS[0];
    const filterPage = clustersFilterPage(
      clustersInput(scaled, loaded.dataset, allStatuses, liveWidth),
      clustersInput(scaled, loaded.dataset, { ...allStatuses, sectors: [sector] }, liveWidth),
      MESSAGES.es.clusters.sector,
      MESSAGES.es.clusters.sectors[sector],
    );
    writeFileSync(join(pages.dir, 'clusters-filter.html'), filterPage);
    const interactions = await measureInteractions(browser, url, {
      bars, dashboardPath: base, regionLegend: MESSAGES.es.region, stressPath: `${BENCH_BASE}${pages.stress}`, stressRows: [2000, 5000],
      scaleTest: { ...scaleTest, handWrittenPath: `${BENCH_BASE}${pages.toggle(scaleTest.rows)}` },
      filterTest: {
        handUrl: url(`${BENCH_BASE}clusters-filter.html`), productUrl: scaledServer.origin + everyStatusPath, marks: SCALED_MARKS, shapes: CLUSTER_MARKS,
        legend: MESSAGES.es.clusters.sector, cpuRate: scaleTest.cpuRate, rounds: scaleTest.rounds,
      },
      world: {
        path: everyStatusPath, marks: allClusterMarks, shapes: CLUSTER_MARKS, sectorLegend: MESSAGES.es.clusters.sector,
        scaled: { url: scaledServer.origin + everyStatusPath, marks: SCALED_MARKS },
      },
      models: { path: `${base}?v=world-models`, marks: modelMarks, accessLegend: MESSAGES.es.worldCharts.access },
    });
    log('what each page fetches without interaction');
    const fetched: BenchResult['fetched'] = [];
    for (const t of targets) fetched.push({ id: t.id, label: t.label, files: await fetchedWithoutInteraction(browser, url(t.path)) });
    const size = (label: string, dir: string, file: string, at = base) => ({ label, size: entrySize(dir, file, at), html: htmlGzip(dir, file) });
    const charts = readdirSync(join(dist, 'embed')).filter((c) => existsSync(join(dist, 'embed', c, 'index.html')));
    const result: BenchResult = {
      date: new Date().toISOString(),
      runs: args.runs,
      network: args.throttle
        ? `slow 4G emulated for the cold loads (${SLOW_4G.latency} ms latency, 1.6 Mbit/s down), text served gzipped`
        : 'loopback, no throttling, no compression',
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30),
        os: `${osType()} ${release()}`, node: process.version, chromium: browser.version(),
      },
      pages: summaries,
      sizes: [
        size('dashboard', dist, 'index.html'),
        ...charts.map((c) => size(`embed/${c}`, dist, `embed/${c}/index.html`)),
        size('Observable Plot page', pages.dir, pages.lib, BENCH_BASE),
      ],
      interactions,
      fetched,
      layoutNode: [2000, 5000].map((rows) => ({ rows, medianMs: timeLayout(rows) })),
      notes: [
        `"Chart painted" needs a visible <svg> with ≥ ${bars} laid-out <rect>s (${customBars} for the bf16 view): the chart's bar count; ` +
          `for the clusters pages ≥ ${clusterMarks} laid-out shapes (circle, rect or path), its mark count.`,
        'The static and Plot pages carry their data inline; the custom-view embed fetches the dataset and renders on the client.',
        ...(stale && !args.build ? [`Measured with --no-build although ${stale}.`] : []),
      ],
    };
    const outDir = join(root, 'bench/results');
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `bench-${result.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ ...result, loads }, null, 2));
    writeFileSync(join(outDir, 'latest.json'), JSON.stringify(result, null, 2));
    process.stdout.write(`${markdown(result)}\n`);
    log(`results written to ${file.slice(root.length + 1)}`);
    return 0;
  } finally {
    for (const step of cleanup.reverse()) await step();
  }
}
