/**
 * The table of views (src/view/views.ts) lists the view-state fields each view reads. Check the
 * claim where a reader would notice it: setting any other field to a non-default value leaves
 * the chart's markup (what an embed of the view shows) exactly as it was.
 */
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadValidDataset } from '../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../scripts/worldFiles.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../view/viewState.ts';
import { viewRow } from '../view/views.ts';
import { CHART_IDS, CHARTS, type ChartId } from './registry.ts';
import { WorldDataContext } from './views/world/worldContext.ts';

// Rendering the world charts (hundreds of marks) many times is slow on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const dataDir = resolve(import.meta.dirname, '../../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);
const system = dataset.systems.find((s) => s.top500.length > 0)!;
const comparison = dataset.comparisons.at(-1)!;

/** A valid value other than the default for every field a view might ignore. */
const OTHER_VALUES: { [K in Exclude<keyof ViewState, 'view' | 'lang' | 'theme' | 'hideTitle'>]: ViewState[K] } = {
  ids: [dataset.systems[1]!.id, dataset.systems[0]!.id],
  metric: 'bf16',
  scale: 'linear',
  currency: 'usd',
  regions: ['europe'],
  owners: ['private'],
  kinds: ['ai-cluster'],
  highlight: system.id,
  compareA: comparison.b,
  compareB: comparison.a,
  whatifModel: dataset.models.at(-1)!.id,
  whatifSystem: system.id,
  whatifGpus: 1234,
  whatifMfu: 55,
  whatifPrice: 3.5,
  whatifPue: 1.5,
  basis: 'fp8',
  edition: system.top500[0]!.edition,
  access: 'open',
  worldRegions: ['spain'],
  sectors: ['private'],
  statuses: ['planned'],
  certainties: ['likely'],
  vendors: ['amd'],
  trendSelection: 'all',
  asOf: '2023-11',
  whereGroup: 'sector',
  isShare: true,
  pins: [dataset.systems[2]!.id, 'meta-100k', 'grok-4', world.chips[0]!.id],
  bars: 'top',
  // The page loads a release's dataset; no panel reads the field itself.
  release: '2026-12-01',
};

async function markupOf(chart: ChartId, state: ViewState): Promise<string> {
  const Panel = await CHARTS[chart].load();
  return renderToStaticMarkup(
    <WorldDataContext value={world}>
      <Panel dataset={dataset} state={state} lang="en" m={MESSAGES.en} />
    </WorldDataContext>,
    { identifierPrefix: 'f-' },
  );
}

describe.each(CHART_IDS)('the %s view', (chart) => {
  const listed: readonly string[] = viewRow(chart).fields;
  const others = (Object.keys(OTHER_VALUES) as (keyof typeof OTHER_VALUES)[]).filter((f) => !listed.includes(f));

  it('shows the same chart whatever the fields it does not list', async () => {
    const base: ViewState = { ...DEFAULT_VIEW_STATE, view: chart };
    const before = await markupOf(chart, base);
    const changing: string[] = [];
    for (const field of others) if ((await markupOf(chart, { ...base, [field]: OTHER_VALUES[field] })) !== before) changing.push(field);
    expect(changing, 'fields that change the chart but are not in its row').toEqual([]);
  });
});
