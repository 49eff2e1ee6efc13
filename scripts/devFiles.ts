/**
 * The dev server's side of the data plugins: answers a request for a file the build would
 * publish, computed from data/ on each request (so an edit shows on reload). A file that cannot
 * be computed (a bad row) is a 500 whose body names the problem, which the page shows.
 */
import type { ViteDevServer } from 'vite';

export interface DevFile {
  readonly contents: string;
  readonly type: string;
}

/** `fileFor` gets the request's path without its query; undefined passes the request on. */
export function serveDevFiles(server: ViteDevServer, fileFor: (urlPath: string) => DevFile | undefined): void {
  server.middlewares.use((req, res, next) => {
    const urlPath = (req.url ?? '').split('?')[0] ?? '';
    let file: DevFile | undefined;
    try {
      file = fileFor(urlPath);
    } catch (e) {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ error: (e as Error).message }));
      return;
    }
    if (!file) return next();
    res.setHeader('Content-Type', file.type);
    res.end(file.contents);
  });
}

/** A JSON file for serveDevFiles. */
export const jsonFile = (value: unknown): DevFile => ({ contents: JSON.stringify(value), type: 'application/json' });
