/**
 * File snapshots of chart SVG, after Observable Plot's test/plot-snapshot.js: the normalised
 * SVG is compared with `tests/__snapshots__/<name>.svg`; on a mismatch the new drawing is written
 * beside it as `<name>-changed.svg` (git-ignored) so both can be opened and compared, and the
 * test fails. A missing snapshot is written and passes; UPDATE_SNAPSHOTS=1 rewrites them all.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normaliseSvg } from './normaliseSvg.ts';

const DIR = resolve(import.meta.dirname, '__snapshots__');

/** Returns null when the drawing matches, else a message naming both files. */
export function compareSvgSnapshot(svg: string, name: string, dir = DIR): string | null {
  const actual = `${normaliseSvg(svg)}\n`;
  const file = resolve(dir, `${name}.svg`);
  const changed = resolve(dir, `${name}-changed.svg`);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return null;
  }
  if (readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return null;
  }
  writeFileSync(changed, actual);
  return `${name}.svg changed: open ${changed} beside ${file} (UPDATE_SNAPSHOTS=1 npx vitest run … accepts it)`;
}
