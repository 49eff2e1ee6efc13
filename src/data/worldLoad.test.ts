import { DatasetLoadError } from './load.ts';
import { WORLD_FORMAT } from './epoch/worldTypes.ts';
import { fetchWorld, worldShapeProblems, worldUrl } from './worldLoad.ts';

const good = { format: WORLD_FORMAT, version: 'abc123', snapshot: '2025-12-17', clusters: [{ id: 'mare-nostrum-5', name: 'Mare Nostrum 5' }], models: [], chips: [], matches: [] };
const respond = (body: unknown, status = 200) => async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('world data loading', () => {
  it('lives beside the dataset, under any base path', () => {
    expect(worldUrl('/')).toBe('/data/world.json');
    expect(worldUrl('/atlas')).toBe('/atlas/data/world.json');
  });

  it('accepts the published shape', async () => {
    await expect(fetchWorld('/data/world.json', respond(good))).resolves.toMatchObject({ version: 'abc123' });
  });

  it.each([
    [{ ...good, format: WORLD_FORMAT + 1 }, `format ${WORLD_FORMAT + 1}, expected ${WORLD_FORMAT}`],
    [{ ...good, clusters: 'x' }, '"clusters" is not a list'],
    [{ ...good, models: [{ id: 3 }] }, '"models" has a record without id or name'],
    [{ ...good, version: undefined }, 'no version'],
    [[], '"clusters" is not a list'],
  ])('refuses a file of another shape, saying why (%#)', async (body, problem) => {
    expect(worldShapeProblems(JSON.parse(JSON.stringify(body)))).toContain(problem);
    const e = await fetchWorld('/data/world.json', respond(body)).catch((x) => x);
    expect(e).toBeInstanceOf(DatasetLoadError);
    expect(e.kind).toBe('malformed');
  });

  it('tells a server error and bad JSON apart', async () => {
    await expect(fetchWorld('/w', respond('nope', 500))).rejects.toMatchObject({ kind: 'http' });
    await expect(fetchWorld('/w', respond('{not json'))).rejects.toMatchObject({ kind: 'malformed' });
    await expect(fetchWorld('/w', async () => { throw new TypeError('offline'); })).rejects.toMatchObject({ kind: 'network' });
  });
});
