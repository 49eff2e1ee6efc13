import { WORLD_FORMAT } from '../../../data/epoch/worldTypes.ts';
import { loadWorldOnce } from './worldContext.ts';

const good = { format: WORLD_FORMAT, version: 'abc123', snapshot: '2025-12-17', clusters: [{ id: 'mare-nostrum-5', name: 'Mare Nostrum 5' }], models: [], chips: [], matches: [] };

describe('the page\'s world data', () => {
  it('is one fetch per base for the whole page (every world view shares it)', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (calls.push(url), new Response(JSON.stringify(good))));
    try {
      await loadWorldOnce('/atlas/');
      await loadWorldOnce('/atlas/');
      expect(calls).toEqual(['/atlas/data/world.json']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
