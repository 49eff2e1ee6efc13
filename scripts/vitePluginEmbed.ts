/**
 * The embed package's build plugin:
 *  - every page gets public/atlas-head.js right after <meta charset> (before the stylesheets, so
 *    it never waits for them): theme and language before first paint, and the prerendered copy
 *    that fits the URL (src/embed/prerenderKey.ts);
 *  - the build publishes the validated dataset once more as `data/atlas.<version>.json` and pins
 *    every page to it (`<meta name="atlas-data">` + a preload);
 *  - the dev server serves `embed/index.html` for `<base>embed/<chart>/`, as the build's copies do;
 *  - after `vite build`, scripts/prerender.ts writes the prerendered pages, images and oEmbed files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import { loadDatasetFromDir } from './datasetFiles.ts';
import { prerender } from './prerender.ts';
import { DATA_META } from '../src/embed/pinnedDataset.ts';

export const HEAD_SCRIPT = 'atlas-head.js';

export function pinnedDataFile(version: string): string {
  return `data/atlas.${version}.json`;
}

/** The module a registry entry loads (`gpus: { load: () => import('./GpusPanel.tsx')…`), or null. */
export function panelModuleOf(registrySource: string, chart: string): string | null {
  return new RegExp(`\\b${chart}: \\{ load: \\(\\) => import\\('\\./([\\w.-]+)'\\)`).exec(registrySource)?.[1] ?? null;
}

/**
 * The chunks a chart's embed page will import beyond its entry: its panel's chunk and what that
 * imports. Listed as <link rel="modulepreload"> they download with the page, not after the entry.
 */
function chartChunks(bundle: Rollup.OutputBundle, root: string, chart: string): string[] {
  const module = panelModuleOf(readFileSync(resolve(root, 'src/charts/registry.ts'), 'utf8'), chart);
  if (!module) return [];
  const facade = resolve(root, 'src/charts', module);
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  // Not always a facade: a panel the dashboard also imports statically may share a chunk.
  const start = chunks.find((c) => c.moduleIds.includes(facade));
  const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('/embed/index.html'));
  if (!start) return [];
  const have = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
  const out: string[] = [];
  const visit = (file: string) => {
    if (have.has(file) || out.includes(file)) return;
    out.push(file);
    for (const dep of chunks.find((c) => c.fileName === file)?.imports ?? []) visit(dep);
  };
  visit(start.fileName);
  return out;
}

export function embedPlugin(root: string): Plugin {
  let config: ResolvedConfig;
  let dataset: ReturnType<typeof loadDataset> | undefined;
  let preloads: (chart: string) => string[] = () => [];
  const loadDataset = () => {
    const r = loadDatasetFromDir(resolve(root, 'data'));
    if (!r.ok) throw new Error(`Invalid dataset:\n  ${r.messages.join('\n  ')}`);
    return r.dataset;
  };
  const isBuild = () => config.command === 'build';

  return {
    name: 'atlas-embed',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      const base = server.config.base;
      const embedPath = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}embed/[a-z0-9-]+/(?:index\\.html)?(\\?.*)?$`);
      server.middlewares.use((req, _res, next) => {
        const m = embedPath.exec(req.url ?? '');
        if (m) req.url = `${base}embed/index.html${m[1] ?? ''}`;
        next();
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const base = config.base;
        const tags = [`<script src="${base}${HEAD_SCRIPT}"></script>`];
        if (isBuild()) {
          dataset ??= loadDataset();
          const href = base + pinnedDataFile(dataset.version);
          tags.push(`<meta name="${DATA_META}" content="${href}" />`, `<link rel="preload" href="${href}" as="fetch" crossorigin />`);
        }
        return html.replace(/<meta charset="[^"]*"\s*\/?>/i, (m) => `${m}\n    ${tags.join('\n    ')}`);
      },
    },
    generateBundle(_options, bundle) {
      if (!isBuild()) return;
      preloads = (chart) => chartChunks(bundle, root, chart);
      dataset ??= loadDataset();
      this.emitFile({ type: 'asset', fileName: pinnedDataFile(dataset.version), source: JSON.stringify(dataset) });
    },
    async closeBundle(error) {
      if (!isBuild() || error || config.build.ssr) return;
      const started = Date.now();
      const { files } = await prerender({
        root,
        outDir: resolve(root, config.build.outDir),
        base: config.base,
        siteUrl: process.env.SITE_URL || undefined,
        preloads,
        log: (line) => config.logger.info(`  prerender: ${line}`),
      });
      config.logger.info(`prerendered ${files.length} files in ${Date.now() - started} ms`);
    },
  };
}
