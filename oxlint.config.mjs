/**
 * The import rules of the layers (README "How it is built", STYLE.md rule 8), checked by oxlint:
 * `npm run lint`, and tests/importRules.test.ts, which runs it from `npm test` and proves on a
 * fixture that each rule can fail.
 *
 *   data / metrics / view / i18n  →  charts (kit → kinds → frame → views → registry)  →  ui  →  app
 *                                                                                     ↘  embed
 *
 * Why oxlint: dependency-cruiser and typescript-eslint parse TypeScript with the `typescript`
 * package's compiler API, which TypeScript 7 no longer ships (dependency-cruiser found 0 modules,
 * and dependency-cruiser 18 needs Node 22); oxlint parses TS/TSX itself. Plain JS, not
 * `oxlint.config.ts`: Node 20 cannot load a TypeScript config.
 *
 * `no-restricted-imports` matches the import's text (`../../ui/x.tsx`), static and dynamic
 * imports alike. An override replaces the rule's options of an earlier one, so each layer's
 * list below includes the lists of the layers around it.
 */

const rule = (message, ...group) => ({ group, message });

/** Browser code never loads the validator: zod stays out of the bundles (types are erased). */
const NO_ZOD = [
  { group: ['zod'], message: 'zod is for the build and the tests: import the constants from src/data/model.ts.' },
  { group: ['**/schema.ts', '**/validate.ts'], allowTypeImports: true, message: 'schema.ts and validate.ts bring zod: import types only, constants from src/data/model.ts.' },
];

/** data, metrics, view and i18n sit below every React layer. */
const BASE = [
  ...NO_ZOD,
  rule('data, metrics, view and i18n import no chart, UI, dashboard or embed code.', '**/charts/**', '**/ui/**', '**/app/**', '**/embed/**', '**/*.tsx'),
];

const CHARTS = [
  ...NO_ZOD,
  rule('Charts never import src/ui, src/app or src/embed: the embed renders charts without them.', '**/ui/**', '**/app/**', '**/embed/**'),
  rule('Charts take their data from the page: the dashboard query and loader are not theirs.', '**/data/load.ts', '**/data/queries.ts'),
];
const ABOVE_VIEWS = rule('Only the registry imports the views\' panels.', '**/registry.ts');
/** A view's folder is its own: what two views share lives in views/world/, the kinds or the kit. */
const OTHER_VIEW = rule('A view imports no other view\'s panel: move what both need to views/world/ (or a kind).', '../*/*Panel.tsx');
const ABOVE_FRAME = rule('The frame and the kit draw no view: views import them, not the other way.', '**/views/**', '**/panelProps.ts', '**/Isolated.tsx');
const ABOVE_KINDS = rule('Chart kinds are built on the kit and know no frame.', '**/frame/**');
const ABOVE_KIT = rule('The kit is the bottom of the charts: it imports no chart kind.', '**/kinds/**');

const PURE = rule('Math and layouts are pure: no React, no component.', 'react', 'react-dom', 'react-dom/*', '**/*.tsx');

/** What the embed's boot script loads before the reader reaches for the chart: no React, no chart. */
const BOOT_FILES = ['src/embed/boot.ts', 'src/embed/autoHeight.ts', 'src/embed/copies.ts', 'src/embed/stylesheet.ts', 'src/embed/intent.ts'];
const BOOT = [
  ...NO_ZOD,
  {
    group: ['**', '!./autoHeight.ts', '!./copies.ts', '!./stylesheet.ts', '!./intent.ts', '!**/*.css'],
    message: 'The embed boot script imports only the boot files (listed in oxlint.config.mjs) and CSS: React and the chart load on first use.',
  },
];

/**
 * The dashboard's boot entry: CSS, the boot chunk it shares with the embed, the world data's
 * prefetch and afterPaint.ts (which import nothing); the app (main.tsx) loads when the reader reaches for the page.
 */
const DASHBOARD_BOOT_FILES = ['src/app/boot.ts', 'src/app/worldPrefetch.ts', 'src/view/afterPaint.ts'];
const DASHBOARD_BOOT = [
  ...NO_ZOD,
  {
    group: ['**', '!../embed/copies.ts', '!../embed/intent.ts', '!./worldPrefetch.ts', '!../view/afterPaint.ts', '!**/*.css'],
    message: 'The dashboard boot script imports only CSS, the shared boot chunk (intent.ts, copies.ts), worldPrefetch.ts and afterPaint.ts: the app loads when the reader reaches for it.',
  },
];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default {
  plugins: ['import'],
  // Only the architecture rules: the type checker and the tests cover the rest.
  categories: { correctness: 'off' },
  ignorePatterns: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'],
  rules: {
    // Type-only imports are erased, so they cannot form a cycle at run time.
    'import/no-cycle': ['error', { ignoreTypes: true }],
  },
  overrides: [
    { files: ['src/**'], rules: restrict(NO_ZOD) },
    { files: ['src/data/**', 'src/metrics/**', 'src/view/**', 'src/i18n/**'], rules: restrict(BASE) },
    // Pure math and layouts: no React at all (STYLE.md rule 2).
    { files: ['src/metrics/**'], rules: restrict([...BASE, PURE]) },
    { files: ['src/data/schema.ts', 'src/data/validate.ts'], rules: restrict(BASE.slice(NO_ZOD.length)) },
    { files: ['src/charts/**'], rules: restrict(CHARTS) },
    { files: ['src/charts/views/**'], rules: restrict([...CHARTS, ABOVE_VIEWS, OTHER_VIEW]) },
    { files: ['src/charts/frame/**'], rules: restrict([...CHARTS, ABOVE_VIEWS, ABOVE_FRAME]) },
    { files: ['src/charts/kinds/**'], rules: restrict([...CHARTS, ABOVE_VIEWS, ABOVE_FRAME, ABOVE_KINDS]) },
    { files: ['src/charts/kit/**'], rules: restrict([...CHARTS, ABOVE_VIEWS, ABOVE_FRAME, ABOVE_KINDS, ABOVE_KIT]) },
    { files: ['src/charts/**/*.layout.ts'], rules: restrict([...CHARTS, ABOVE_VIEWS, PURE]) },
    { files: ['src/ui/**'], rules: restrict([...NO_ZOD, rule('The UI kit knows no dashboard or embed shell.', '**/app/**', '**/embed/**')]) },
    {
      files: ['src/embed/**'],
      rules: restrict([
        ...NO_ZOD,
        rule('The embed entry carries no dashboard code.', '**/app/**', '**/ui/**'),
        rule('The embed loads its pinned dataset (pinnedDataset.ts), not the dashboard\'s query and loader.', '**/data/load.ts', '**/data/queries.ts'),
      ]),
    },
    { files: BOOT_FILES, rules: restrict(BOOT) },
    { files: DASHBOARD_BOOT_FILES, rules: restrict(DASHBOARD_BOOT) },
    // Tests may reach across layers to set things up; they are not shipped. Cycles still count.
    { files: ['**/*.test.ts', '**/*.test.tsx'], rules: { 'no-restricted-imports': 'off' } },
  ],
};
