// Runs a TypeScript module's `main(args, root)` through Vite's SSR module loader (TypeScript and
// TSX from src/, no extra tool: the same way scripts/prerender.ts renders at build time), then
// exits with the code it returns. Used by `npm run bench` and `npm run release`.
import { createServer } from 'vite';

const root = new URL('..', import.meta.url).pathname;

/** `modulePath` from the project root, e.g. '/scripts/release.ts'; `name` prefixes a crash message. */
export async function runTs(modulePath, name) {
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
    const { main } = await server.ssrLoadModule(modulePath);
    code = await main(process.argv.slice(2), root);
  } catch (error) {
    console.error(`${name}: could not run:`, error);
  } finally {
    await server.close();
  }
  process.exit(code);
}
