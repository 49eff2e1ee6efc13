/**
 * The embed entry imports no dashboard code (STYLE.md: imports flow data/view/i18n → charts →
 * ui → app and embed), so its bundle stays small. Walks the entry's import graph as the bundler
 * will (static and dynamic imports; `import type` erased; `import { type X }` kept, since
 * verbatimModuleSyntax leaves it as a side-effect import).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const IMPORT = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function graph(entry: string, followDynamic = true): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const deps: string[] = [];
    seen.set(file, deps);
    if (!/\.(ts|tsx)$/.test(file)) return;
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(IMPORT)) {
      if (m[2]) continue; // import type / export type
      if (m[4] && !followDynamic) continue;
      const spec = m[3] ?? m[4]!;
      const path = resolve(dirname(file), spec);
      if (!existsSync(path)) throw new Error(`${relative(root, file)}: cannot resolve ${spec}`);
      deps.push(path);
      visit(path);
    }
  };
  visit(resolve(root, entry));
  return seen;
}

describe('the embed bundle', () => {
  const files = [...graph('src/embed/boot.ts').keys()].map((f) => relative(root, f));
  /** What boot.ts needs before anything else: it must not reach React. */
  const bootFiles = [...graph('src/embed/boot.ts', false).keys()].map((f) => relative(root, f));

  it('walks the real graph (sanity: the registry and a chart panel are in it)', () => {
    expect(files).toEqual(expect.arrayContaining(['src/charts/registry.ts', 'src/charts/views/gpus/GpusPanel.tsx', 'src/embed/EmbedShell.tsx']));
  });

  it('imports nothing from the dashboard shell', () => {
    expect(files.filter((f) => f.startsWith('src/app/'))).toEqual([]);
  });

  it('starts with a boot script that reaches neither React nor a chart (they load on idle or first use)', () => {
    expect(bootFiles).toContain('src/embed/autoHeight.ts');
    expect(bootFiles.filter((f) => /\.tsx$/.test(f))).toEqual([]);
    expect(bootFiles).not.toContain('src/embed/mount.ts');
  });

  it('does not load the dataset through the schema validator', () => {
    expect(files).not.toContain('src/data/validate.ts');
    expect(files).not.toContain('src/data/load.ts');
  });
});
