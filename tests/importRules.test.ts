// @vitest-environment node
/**
 * The layers' import rules (oxlint.config.mjs) hold for the repository, and each rule can fail:
 * a fixture folder with one offence per rule, linted with the same configuration, must report
 * exactly those offences and nothing for the allowed imports beside them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const OXLINT = join(root, 'node_modules/.bin/oxlint');

interface Diagnostic {
  code: string;
  message: string;
  help?: string;
  note?: string;
  filename: string;
  labels: { span: { line: number } }[];
}

function lint(cwd: string, paths: string[]): Diagnostic[] {
  const run = spawnSync(OXLINT, ['-c', 'oxlint.config.mjs', '-f', 'json', ...paths], { cwd, encoding: 'utf8' });
  if (run.error) throw run.error;
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`oxlint printed no report: ${run.stdout}${run.stderr}`);
  return (JSON.parse(run.stdout.slice(start)) as { diagnostics: Diagnostic[] }).diagnostics;
}

/** `file:line code: message`, with the rule's reason, or the files of a cycle. */
const describeAll = (ds: Diagnostic[]) =>
  ds.map((d) => `${d.filename}:${d.labels[0]?.span.line ?? '?'} ${d.code}: ${d.message} ${d.code.includes('no-cycle') ? (d.note ?? '') : (d.help ?? '')}`).sort();

test('the repository keeps its layers: no cycle, no upward import, no zod or dashboard code in the browser entries', () => {
  expect(describeAll(lint(root, ['src', 'scripts', 'tests']))).toEqual([]);
}, 60_000);

/** One offence per rule (`bad`), and allowed imports beside them (`good`). */
const FIXTURE: Record<string, string> = {
  'src/metrics/cycleA.ts': "import { b } from './cycleB.ts';\nexport const a = () => b;\n",
  'src/metrics/cycleB.ts': "import { a } from './cycleA.ts';\nexport const b = () => a;\n",
  'src/metrics/up.ts': "import { linear } from '../charts/kit/scales.ts';\nexport const up = linear;\n",
  'src/metrics/hooked.ts': "import { useMemo } from 'react';\nexport const h = useMemo;\n",
  'src/view/zodded.ts': "import { z } from 'zod';\nexport const s = z.string();\n",
  'src/view/schemaValue.ts': "import { FILES } from '../data/schema.ts';\nexport const f = FILES;\n",
  'src/view/schemaType.ts': "import type { Dataset } from '../data/schema.ts';\nexport const n = (d: Dataset) => d.version;\n",
  'src/view/useHook.ts': "import { useSyncExternalStore } from 'react';\nexport const u = useSyncExternalStore;\n",
  'src/charts/views/x/XPanel.tsx': "import { Segmented } from '../../../ui/controls.tsx';\nexport const X = Segmented;\n",
  'src/charts/views/x/lazy.ts': "export const load = () => import('../../../app/App.tsx');\n",
  'src/charts/views/x/reg.ts': "import { CHARTS } from '../../registry.ts';\nexport const r = CHARTS;\n",
  'src/charts/views/y/YPanel.tsx': "import { X } from '../x/XPanel.tsx';\nexport const Y = X;\n",
  'src/charts/views/y/shared.ts': "import { h } from '../world/h.ts';\nexport const s = h;\n",
  'src/charts/views/world/h.ts': 'export const h = 1;\n',
  'src/charts/views/x/fine.ts': "import { BarChart } from '../../kinds/BarChart.tsx';\nimport { ChartFrame } from '../../frame/ChartFrame.tsx';\nexport const ok = [BarChart, ChartFrame];\n",
  'src/charts/kit/k.ts': "import { BarChart } from '../kinds/BarChart.tsx';\nexport const k = BarChart;\n",
  'src/charts/kinds/K.tsx': "import { ChartFrame } from '../frame/ChartFrame.tsx';\nexport const K = ChartFrame;\n",
  'src/charts/kinds/k.layout.ts': "import { useMemo } from 'react';\nexport const l = useMemo;\n",
  'src/charts/frame/F.tsx': "import { GpusPanel } from '../views/gpus/GpusPanel.tsx';\nexport const F = GpusPanel;\n",
  'src/ui/U.tsx': "import { App } from '../app/App.tsx';\nexport const U = App;\n",
  'src/embed/E.tsx': "import { App } from '../app/App.tsx';\nexport const E = App;\n",
  'src/embed/data.ts': "import { fetchDataset } from '../data/load.ts';\nexport const d = fetchDataset;\n",
  'src/embed/boot.ts': "import { createRoot } from 'react-dom/client';\nimport './autoHeight.ts';\nexport const b = createRoot;\n",
  'src/embed/autoHeight.ts': 'export const h = 1;\n',
  'src/app/boot.ts': "import '../index.css';\nimport { App } from './App.tsx';\nexport const b = App;\n",
  'src/index.css': '',
  'src/app/App.tsx': 'export const App = 1;\n',
  'src/charts/kinds/K.test.tsx': "import { App } from '../../app/App.tsx';\nexport const t = App;\n",
};

/** file → the imports that must be reported in it. */
const OFFENCES: Record<string, RegExp> = {
  'src/metrics/cycleA.ts': /no-cycle/,
  'src/metrics/cycleB.ts': /no-cycle/,
  'src/metrics/up.ts': /'\.\.\/charts\/kit\/scales\.ts'/,
  'src/metrics/hooked.ts': /'react'/,
  'src/view/zodded.ts': /'zod'/,
  'src/view/schemaValue.ts': /'\.\.\/data\/schema\.ts'/,
  'src/charts/views/x/XPanel.tsx': /ui\/controls\.tsx/,
  'src/charts/views/x/lazy.ts': /app\/App\.tsx/,
  'src/charts/views/x/reg.ts': /registry\.ts/,
  'src/charts/views/y/YPanel.tsx': /'\.\.\/x\/XPanel\.tsx'/,
  'src/charts/kit/k.ts': /kinds\/BarChart\.tsx/,
  'src/charts/kinds/K.tsx': /frame\/ChartFrame\.tsx/,
  'src/charts/kinds/k.layout.ts': /'react'/,
  'src/charts/frame/F.tsx': /views\/gpus/,
  'src/ui/U.tsx': /app\/App\.tsx/,
  'src/embed/E.tsx': /app\/App\.tsx/,
  'src/embed/data.ts': /data\/load\.ts/,
  'src/embed/boot.ts': /'react-dom\/client'/,
  'src/app/boot.ts': /'\.\/App\.tsx'/,
};

test('each rule fails on a fixture that breaks it, naming the file and the import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-rules-'));
  try {
    copyFileSync(join(root, 'oxlint.config.mjs'), join(dir, 'oxlint.config.mjs'));
    for (const [file, text] of Object.entries(FIXTURE)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const found = describeAll(lint(dir, ['src']));
    for (const [file, offence] of Object.entries(OFFENCES)) {
      const inFile = found.filter((line) => line.startsWith(`src/${file.slice(4)}:`));
      expect(inFile, file).toHaveLength(1);
      expect(inFile[0], file).toMatch(offence);
    }
    // The allowed imports beside them: types from the schema, React hooks in view/, charts
    // below the view, the boot's own files, a test reaching across layers.
    expect(found.filter((line) => !Object.keys(OFFENCES).some((f) => line.startsWith(`${f}:`)))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
