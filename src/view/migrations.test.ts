import { applyMigrations, renameId, renameParam, URL_MIGRATIONS, type UrlMigration } from './migrations.ts';
import { DEFAULT_VIEW_STATE, parseViewState, serialiseViewState } from './viewState.ts';

const query = (params: URLSearchParams) => [...params].map(([k, v]) => `${k}=${v}`).join('&');

describe('URL_MIGRATIONS', () => {
  test('are dated, in date order, and described', () => {
    const dates = URL_MIGRATIONS.map((m) => m.date);
    for (const date of dates) expect(date).toMatch(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/);
    expect([...dates].sort()).toEqual(dates);
    for (const m of URL_MIGRATIONS) expect(m.description.length).toBeGreaterThan(10);
  });

  test('2026-11-26: `+` and decoded spaces in lists become `~`, other parameters are untouched', () => {
    const migrated = applyMigrations(new URLSearchParams('ids=a+b%2Bc&region=asia%20europe&v=a+b&kind=x'));
    expect(query(migrated)).toBe('ids=a~b~c&region=asia~europe&v=a b&kind=x');
  });

  test('leave canonical URLs unchanged (they run on every parse)', () => {
    const canonical = '?v=compare&ids=a~b&region=europe~asia&a=a&b=b&mfu=38.5';
    expect(`?${query(applyMigrations(new URLSearchParams(canonical)))}`).toBe(canonical);
  });
});

describe('the mechanism, with fixture migrations', () => {
  // A future rename as it would be written: one entry, and old links keep working.
  const metricRenamed: UrlMigration = { date: '2027-01-15', description: 'fixture: `metric` is now `m`', migrate: renameParam('metric', 'm') };

  test('a renamed parameter keeps its position, so "first one wins" still holds', () => {
    const migrated = applyMigrations(new URLSearchParams('v=gpus&metric=h100e&metric=bf16'), [metricRenamed]);
    expect(query(migrated)).toBe('v=gpus&m=h100e&m=bf16');
  });

  test('migrations run in order, each on the output of the one before', () => {
    const renameIds = { date: '2027-02-01', description: 'fixture: mn5 id', migrate: renameId(['ids', 'a'], 'mn5', 'marenostrum-5-acc') };
    // `+` must first become `~` (2026-11-26) for the id rename to see separate ids.
    const migrated = applyMigrations(new URLSearchParams('ids=mn5+x&a=mn5&hl=mn5'), [...URL_MIGRATIONS, renameIds]);
    expect(query(migrated)).toBe('ids=marenostrum-5-acc~x&a=marenostrum-5-acc&hl=mn5');
  });

  test('parseViewState applies the list it is given before parsing', () => {
    // Pretend a release before the `~` switch called `ids` `sel`: its entry comes first, so the
    // separator migration then sees `ids` and turns its `+` into `~`.
    const selRenamed: UrlMigration = { date: '2026-01-01', description: 'fixture: `sel` is now `ids`', migrate: renameParam('sel', 'ids') };
    const { state, ignored } = parseViewState('?sel=a+b&v=money', {}, [selRenamed, ...URL_MIGRATIONS]);
    expect(ignored).toEqual([]);
    expect(serialiseViewState(state)).toBe('?v=money&ids=a~b');
    expect(parseViewState('?sel=a~b', {}, []).ignored).toEqual([{ param: 'sel', value: 'a~b', reason: 'unknown-param' }]);
  });

  test('a migration that throws is skipped, and one that mutates its argument cannot corrupt the next', () => {
    const broken: UrlMigration = {
      date: '2027-04-01',
      description: 'fixture: throws after mutating',
      migrate: (params) => {
        params.set('v', 'whatif');
        throw new Error('bug');
      },
    };
    const original = new URLSearchParams('v=money');
    const migrated = applyMigrations(original, [broken, metricRenamed]);
    expect(query(migrated)).toBe('v=money');
    expect(query(original)).toBe('v=money');
    expect(parseViewState('?v=money', {}, [broken]).state).toEqual({ ...DEFAULT_VIEW_STATE, view: 'money' });
  });
});
