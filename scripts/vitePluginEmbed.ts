/**
 * The embed package's build plugin:
 *  - every page gets public/atlas-head.js inline, right after <meta name="viewport">: theme, title and
 *    language before first paint, and the prerendered copy that fits the URL
 *    (src/embed/prerenderKey.ts). Inline, it costs no request; a CSP allows it by its hash
 *    (headScriptHash, published in the README);
 *  - the build publishes the validated dataset once more as `data/atlas.<version>.<digest>.json` and pins
 *    every page to it (`<meta name="atlas-data">`); the dashboard, which loads it at once, also
 *    preloads it; an embed fetches it only when the reader reaches for the chart;
 *  - the dev server serves `embed/index.html` for `<base>embed/<chart>/` and the copies' folders
 *    below it (`en/`, `<variant>-<lang>/`), as the build does;
 *  - after `vite build`, scripts/prerender.ts writes the prerendered pages, images and oEmbed files.
 */
import { resolve } from 'node:path';
import { headScriptHash, headScriptSource } from './headScript.ts';
import type { Plugin, ResolvedConfig } from 'vite';
import { dataDirOf } from './datasetFiles.ts';
import { loadPublishedDataset } from './releaseFiles.ts';
import { pinnedDataFile } from './pinnedDataFile.ts';
import { removeOnFailure } from './removeOnFailure.ts';
import { prerender } from './prerender.ts';
import { preloadTag } from './prerenderHtml.ts';
import { DATA_META } from '../src/embed/pinnedDataset.ts';

const VIEWPORT_META = /<meta name="viewport"[^>]*>/i;

export { headScriptHash, headScriptSource };

export function embedPlugin(root: string): Plugin {
  let config: ResolvedConfig;
  let dataset: ReturnType<typeof loadDataset> | undefined;
  const loadDataset = () => loadPublishedDataset(dataDirOf(root));
  const isBuild = () => config.command === 'build';
  let isWritten = false;

  return {
    name: 'atlas-embed',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      const base = server.config.base;
      const embedPath = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}embed/[a-z0-9-]+/(?:[a-z0-9-]+/)?(?:index\\.html)?(\\?.*)?$`);
      server.middlewares.use((req, _res, next) => {
        const m = embedPath.exec(req.url ?? '');
        if (m) req.url = `${base}embed/index.html${m[1] ?? ''}`;
        next();
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const base = config.base;
        const tags = [`<script>${headScriptSource(root)}</script>`];
        if (isBuild()) {
          dataset ??= loadDataset();
          const href = base + pinnedDataFile(dataset).fileName;
          tags.push(`<meta name="${DATA_META}" content="${href}" />`);
          if (!/(?:^|\/)embed\//.test(ctx.path)) tags.push(preloadTag(href));
        }
        // After the viewport's meta: the head script reads the viewport's width (a phone's copy,
        // src/embed/narrowCopy.ts), which a phone lays out at 980 px until it has read that tag.
        if (!VIEWPORT_META.test(html)) throw new Error(`${ctx.path}: no <meta name="viewport"> for the head script to follow`);
        return html.replace(VIEWPORT_META, (m) => `${m}\n    ${tags.join('\n    ')}`);
      },
    },
    generateBundle() {
      if (!isBuild()) return;
      dataset ??= loadDataset();
      this.emitFile({ type: 'asset', ...pinnedDataFile(dataset) });
    },
    writeBundle() {
      isWritten = true;
    },
    async closeBundle(error) {
      // closeBundle also runs after a failed build (without always passing the error): prerender
      // only what was written, or a bad row would be reported twice and the old dist/ removed.
      if (!isBuild() || error || !isWritten || config.build.ssr) return;
      const started = Date.now();
      const outDir = resolve(root, config.build.outDir);
      // Pages without their prerendered copies, images or oEmbed files look complete but are not.
      const { files } = await removeOnFailure(outDir, () =>
        prerender({ root, outDir, base: config.base, siteUrl: process.env.SITE_URL || undefined, log: (line) => config.logger.info(`  prerender: ${line}`) }),
      );
      config.logger.info(`prerendered ${files.length} files in ${Date.now() - started} ms`);
    },
  };
}
