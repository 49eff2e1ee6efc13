/**
 * Runs a build step that writes into `outDir`; if it fails, deletes `outDir` before rethrowing,
 * so a failed build never leaves a `dist/` that looks complete (a deploy script that only
 * checks for `dist/index.html` would publish half a site).
 */
import { rmSync } from 'node:fs';

export async function removeOnFailure<T>(outDir: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`${(e as Error).message}\n(the build failed, so ${outDir} was removed rather than left half-written)`, { cause: e });
  }
}
