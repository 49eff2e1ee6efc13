import fc from 'fast-check';
import { testCluster } from '../metrics/worldFixtures.ts';
import type { WorldChip, WorldModel } from './epoch/worldTypes.ts';
import { buildSearchIndex, normalizeForSearch, search, searchEntries } from './worldSearch.ts';

const model = (id: string, name: string, curatedId?: string): WorldModel => ({
  id, name, countries: [], publicationDate: '2024-12-24', domains: [], trainingHardware: [], trainingChipIds: [], isFrontier: false,
  source: { dataset: 'notable-ai-models', row: 1, epochName: name, sourceUrls: [] }, ...(curatedId ? { curatedId } : {}),
});
const chip = (id: string, name: string): WorldChip => ({ id, name, source: { dataset: 'ml-hardware', row: 1, epochName: name, sourceUrls: [] } });

const world = {
  clusters: [
    testCluster('mare-nostrum-5', { name: 'Mare Nostrum 5', curatedId: 'marenostrum-5-acc' }),
    testCluster('fzj-jureca', { name: 'FZJ JURECA' }),
    testCluster('karlsruher-institut-fur-technologie-horeka', { name: 'Karlsruher Institut für Technologie HoreKa' }),
    testCluster('meta-100k', { name: 'Meta 100k' }),
  ],
  models: [model('deepseek-v3-model', 'DeepSeek-V3', 'deepseek-v3'), model('deepseek-r1-model', 'DeepSeek-R1'), model('gpt-4o-mini', 'GPT-4o mini')],
  chips: [chip('nvidia-h100-sxm5-80gb', 'NVIDIA H100 SXM5 80GB'), chip('nvidia-h800-sxm5', 'NVIDIA H800 SXM5')],
};
const curated = {
  systems: [{ id: 'marenostrum-5-acc', name: 'MareNostrum 5 ACC (accelerated partition)', shortName: 'MareNostrum 5 ACC' }],
  models: [{ id: 'deepseek-v3', name: 'DeepSeek-V3' }, { id: 'alia-40b', name: 'ALIA-40b' }],
  hardware: [],
} as unknown as Parameters<typeof searchEntries>[1];
const index = buildSearchIndex(searchEntries(world, curated));
const ids = (q: string) => search(index, q).map((e) => e.id);

describe('world search', () => {
  it('shows an entity in both datasets once, under the curated id, found by either name', () => {
    expect(ids('mare nostrum')).toEqual(['marenostrum-5-acc']);
    expect(ids('MareNostrum')).toEqual(['marenostrum-5-acc']);
    expect(ids('deepseek-v3')).toEqual(['deepseek-v3']);
  });

  it('ignores accents, case and punctuation', () => {
    expect(ids('fur technologie')).toEqual(['karlsruher-institut-fur-technologie-horeka']);
    expect(ids('FÜR')).toEqual(['karlsruher-institut-fur-technologie-horeka']);
    expect(ids('jureca')).toEqual(['fzj-jureca']);
    expect(ids('h100 sxm5')).toEqual(['nvidia-h100-sxm5-80gb']);
  });

  it('finds curated-only entities (ALIA stays in the curated data)', () => {
    expect(ids('alia')).toEqual(['alia-40b']);
  });

  it('ranks an exact or prefix match first', () => {
    expect(ids('deepseek')).toEqual(['deepseek-r1-model', 'deepseek-v3']); // both prefixes: shorter, then A–Z
    expect(ids('meta')).toEqual(['meta-100k']);
    expect(ids('nostrum')[0]).toBe('marenostrum-5-acc'); // a word start, not only a substring
    expect(search(index, 'gpt-4o mini')[0]).toMatchObject({ id: 'gpt-4o-mini', kind: 'model' });
  });

  it('finds nothing for an empty or unmatched query, and never throws', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
    fc.assert(fc.property(fc.string(), (q) => void search(index, q)));
  });

  it('property: every entry is found by its own name', () => {
    for (const { entry } of index) expect(search(index, entry.name, 100).map((e) => e.id)).toContain(entry.id);
    expect(normalizeForSearch('  Ñandú—Ü  ')).toBe('nandu u');
  });
});
