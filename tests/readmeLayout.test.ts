// @vitest-environment node
/**
 * The README's layout block ("How it is built") names every folder of src/ and src/charts/ and
 * every chart kind, so a newcomer reading it finds each thing where it lives, and a new folder
 * or kind cannot be added without a line there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const folders = (dir: string) =>
  readdirSync(resolve(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

function layoutBlock(): string {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## How it is built'));
  const start = section.indexOf('```\n');
  return section.slice(start + 4, section.indexOf('```', start + 4));
}

test('the README layout names every folder of src/ and src/charts/ and every chart kind', () => {
  const block = layoutBlock();
  const lines = block.split('\n');
  const missing = [
    ...folders('src').filter((d) => !lines.some((l) => l.startsWith(`src/${d}/`))).map((d) => `src/${d}/`),
    ...folders('src/charts')
      .filter((d) => !lines.some((l) => l.startsWith(`  ${d}/`)))
      .map((d) => `src/charts/${d}/`),
    ...readdirSync(resolve(root, 'src/charts/kinds'))
      .filter((f) => /^[A-Z]\w*\.tsx$/.test(f) && !f.includes('.test.'))
      .map((f) => f.replace('.tsx', ''))
      .filter((kind) => !block.includes(kind)),
  ];
  expect(missing).toEqual([]);
});
