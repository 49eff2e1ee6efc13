// `npm run release -- <YYYY-MM-DD>`: validates data/ and cuts an immutable release into
// data/releases/<id>/ (scripts/releaseFiles.ts), through Vite's SSR module loader like the bench.
import { createServer } from 'vite';

const root = new URL('..', import.meta.url).pathname;
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
  const { main } = await server.ssrLoadModule('/scripts/release.ts');
  code = await main(process.argv.slice(2), root);
} catch (error) {
  console.error('release: could not run:', error);
} finally {
  await server.close();
}
process.exit(code);
