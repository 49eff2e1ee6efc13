/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { dataApiPlugin } from './scripts/vitePluginDataApi.ts';
import { datasetPlugin } from './scripts/vitePluginDataset.ts';
import { embedPlugin } from './scripts/vitePluginEmbed.ts';
import { svgResetPlugin } from './scripts/vitePluginSvgReset.ts';
import { worldPlugin } from './scripts/vitePluginWorld.ts';

// BASE_PATH lets the same build serve from a sub-path (https://user.github.io/atlas/).
const base = process.env.BASE_PATH ?? '/';
const root = import.meta.dirname;

export default defineConfig({
  base,
  plugins: [react(), tailwindcss(), svgResetPlugin(), datasetPlugin(root), worldPlugin(root), dataApiPlugin(root), embedPlugin(root)],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The polyfill is an inline script, which a Content-Security-Policy without 'unsafe-inline' blocks.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The dashboard and the embed shell (copied per chart, prerendered, by the embed plugin).
      input: { main: `${root}/index.html`, embed: `${root}/embed/index.html` },
      output: {
        // What both boot scripts load before the app: Vite's import helper, the embed's copy and
        // stylesheet helpers (which the dashboard app imports too), and loading on intent. One chunk,
        // so a page fetches two scripts before the reader reaches for it, not three.
        codeSplitting: { groups: [{ name: 'boot', test: /vite\/preload-helper|src\/embed\/(copies|stylesheet|intent)\.ts$/ }] },
      },
    },
  },
  // Like GitHub Pages (`Access-Control-Allow-Origin: *`): sandboxed embeds have an opaque origin
  // ("null"), so their module scripts and data file are cross-origin requests even from this host.
  preview: { cors: { origin: '*' } },
  test: {
    globals: true,
    exclude: ['tests/e2e/**', 'node_modules/**'],
    env: { TZ: 'UTC' },
    // jsdom renders of the whole app take ~1 s alone and several times that on a busy 2-core
    // machine; a hang still fails, a slow machine no longer does.
    testTimeout: 20_000,
    // Every core. Left to itself Vitest 4 ran one file at a time on the 2-core CI machine (the
    // files' start and end times never overlapped): 291 s for the unit tests there, 191 s with two.
    maxWorkers: '100%',
    // Components (.tsx tests) render into jsdom with Testing Library; the logic tests (.ts) run in
    // plain Node with only the messages loaded, which spares each of ~90 files a jsdom window and
    // the Testing Library imports. A .ts test that needs the DOM says so at its top:
    // `// @vitest-environment jsdom`.
    projects: [
      { extends: true, test: { name: 'dom', environment: 'jsdom', setupFiles: ['./tests/setup.ts', './tests/setup.dom.ts'], include: ['{src,tests,scripts}/**/*.test.tsx'] } },
      { extends: true, test: { name: 'logic', environment: 'node', setupFiles: ['./tests/setup.ts'], include: ['{src,tests,scripts}/**/*.test.ts'] } },
    ],
  },
});
