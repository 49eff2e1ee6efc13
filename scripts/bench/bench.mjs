// `npm run bench` entry: runs scripts/bench/main.ts through Vite's SSR module loader (TypeScript
// and TSX from src/, no extra tool: the same way scripts/prerender.ts renders at build time).
// Usage: npm run bench -- [--runs N] [--no-build]
import { createServer } from 'vite';

const root = new URL('../..', import.meta.url).pathname;
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let code = 1;
try {
  const { main } = await server.ssrLoadModule('/scripts/bench/main.ts');
  code = await main(process.argv.slice(2));
} catch (error) {
  console.error('bench: could not run:', error);
} finally {
  await server.close();
}
process.exit(code);
