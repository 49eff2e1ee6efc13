import fc from 'fast-check';
import {
  DEFAULT_VIEW_STATE,
  isLandingState,
  PARAM_ORDER,
  parseViewState,
  serialiseViewState,
  viewStateUrl,
  type ViewState,
} from './viewState.ts';
import { expectValidState, hostileQueryArb, viewStateArb } from './viewStateArbitraries.ts';

const parse = (search: string) => parseViewState(search).state;
const withState = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

describe('defaults', () => {
  test('a default state is a bare URL, and a bare URL is the default state', () => {
    expect(serialiseViewState(DEFAULT_VIEW_STATE)).toBe('');
    for (const search of ['', '?', '?&', '&&']) expect(parseViewState(search)).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
  });

  test('values equal to the default are not written', () => {
    expect(serialiseViewState(withState({ view: 'gpus', scale: 'log', hideTitle: false, ids: [] }))).toBe('');
    expect(serialiseViewState(parse('?v=gpus&metric=accelerators&cur=eur&basis=bf16&title=1'))).toBe('');
  });
});

describe('landing visits', () => {
  test('the bare front door, in any language, theme or release, is a landing', () => {
    for (const search of ['', '?lang=en', '?theme=dark&lang=es', '?release=2026-12-01', '?title=0', '?v=gpus&metric=accelerators', '?from=a-blog'])
      expect(isLandingState(parse(search)), search).toBe(true);
  });

  test('a visit that names a view or anything in it is not', () => {
    for (const search of ['?v=clusters', '?v=money&lang=en', '?metric=bf16', '?scale=linear', '?region=europe', '?pin=marenostrum-5-acc', '?hl=lumi', '?v=as-of&at=2024-06'])
      expect(isLandingState(parse(search)), search).toBe(false);
  });

  test('properties: a landing state is one whose address, without language, theme, release and title, is bare', () => {
    fc.assert(
      fc.property(viewStateArb, (state) => {
        const bare = serialiseViewState({ ...state, lang: null, theme: null, release: null, hideTitle: false }) === '';
        expect(isLandingState(state)).toBe(bare);
      }),
    );
  });
});

describe('parameter order', () => {
  test('is fixed (a public contract: append new parameters at the end)', () => {
    expect(PARAM_ORDER).toEqual([
      'v', 'ids', 'metric', 'scale', 'cur', 'region', 'owner', 'kind', 'hl', 'a', 'b', 'model', 'sys',
      'gpus', 'mfu', 'price', 'pue', 'basis', 'ed', 'lang', 'theme', 'title', 'access',
      'wregion', 'sector', 'status', 'cert', 'vendor', 'trend',
      'at', 'group', 'share', 'pin', 'show', 'release',
    ]);
  });

  test('serialising writes keys in that order whatever order the link had', () => {
    const search = '?release=2026-12-01&show=all&pin=b~a&share=1&group=sector&at=2023-11&trend=all&vendor=amd&cert=likely&status=planned&sector=public&wregion=spain&access=open&title=0&theme=dark&lang=en&ed=2024-11&basis=fp8&pue=1.2&price=2&mfu=38.5&gpus=2048&sys=mn5&model=dsv3' +
      '&b=y&a=x&hl=x&kind=ai-cluster&owner=public&region=asia&cur=usd&scale=linear&metric=h100e&ids=x~y&v=whatif';
    const keys = [...new URLSearchParams(serialiseViewState(parse(search)))].map(([key]) => key);
    expect(keys).toEqual(PARAM_ORDER);
  });
});

// [param, link value, parsed field and value, canonical value when it differs]
const VALID: [string, string, keyof ViewState, unknown, string?][] = [
  ['v', 'money', 'view', 'money'],
  ['v', 'world-models', 'view', 'world-models'],
  ['access', 'closed', 'access', 'closed'],
  ['ids', 'marenostrum-5-acc~deepseek-v3-cluster', 'ids', ['marenostrum-5-acc', 'deepseek-v3-cluster']],
  ['ids', 'b~a~b~~a~', 'ids', ['b', 'a'], 'b~a'],
  ['metric', 'h100e', 'metric', 'h100e'],
  ['wregion', 'us~spain~us', 'worldRegions', ['spain', 'us'], 'spain~us'],
  ['sector', 'public-private', 'sectors', ['public-private']],
  ['status', 'planned~existing', 'statuses', ['existing', 'planned'], 'existing~planned'],
  ['cert', 'unlikely', 'certainties', ['unlikely']],
  ['vendor', 'undisclosed~nvidia', 'vendors', ['nvidia', 'undisclosed'], 'nvidia~undisclosed'],
  ['trend', 'all', 'trendSelection', 'all'],
  ['v', 'as-of', 'view', 'as-of'],
  ['v', 'where', 'view', 'where'],
  ['at', '2023-11', 'asOf', '2023-11'],
  ['group', 'sector', 'whereGroup', 'sector'],
  ['share', '1', 'isShare', true],
  ['release', '2026-12-01', 'release', '2026-12-01'],
  ['scale', 'linear', 'scale', 'linear'],
  ['cur', 'usd', 'currency', 'usd'],
  ['region', 'asia~europe~asia', 'regions', ['europe', 'asia'], 'europe~asia'],
  ['owner', 'private', 'owners', ['private']],
  ['kind', 'training-run~supercomputer', 'kinds', ['supercomputer', 'training-run'], 'supercomputer~training-run'],
  ['hl', 'alia-40b', 'highlight', 'alia-40b'],
  ['a', 'marenostrum-5-acc', 'compareA', 'marenostrum-5-acc'],
  ['b', 'deepseek-v3-cluster', 'compareB', 'deepseek-v3-cluster'],
  ['model', 'deepseek-v3', 'whatifModel', 'deepseek-v3'],
  ['sys', 'marenostrum-5-acc', 'whatifSystem', 'marenostrum-5-acc'],
  ['gpus', '2048', 'whatifGpus', 2048],
  ['gpus', '0010000000', 'whatifGpus', 10_000_000, '10000000'],
  ['mfu', '38.5', 'whatifMfu', 38.5],
  ['mfu', '40.0', 'whatifMfu', 40, '40'],
  ['mfu', '38.46', 'whatifMfu', 38.5, '38.5'],
  ['price', '0', 'whatifPrice', 0],
  ['price', '1.995', 'whatifPrice', 1.995],
  ['pue', '1.15', 'whatifPue', 1.15],
  ['basis', 'fp8', 'basis', 'fp8'],
  ['ed', '2024-11', 'edition', '2024-11'],
  ['lang', 'en', 'lang', 'en'],
  ['theme', 'dark', 'theme', 'dark'],
  ['title', '0', 'hideTitle', true],
];

const INVALID: [string, string[]][] = [
  ['v', ['GPUS', 'chart', '<script>alert(1)</script>', 'javascript:alert(1)']],
  ['access', ['OPEN', 'public', 'open~closed', '1']],
  ['metric', ['flops', 'H100E']],
  ['scale', ['lin', 'log ']],
  ['cur', ['gbp', 'EUR']],
  ['hl', ['MareNostrum', 'a--b', '-a', 'a_b', 'x'.repeat(65)]],
  ['a', ['javascript:alert(1)', 'ñandú']],
  ['gpus', ['0', '-1', '1.5', '1e3', '10000001', 'NaN', 'Infinity', '1,000', '0x10', '1e999', ' 1']],
  ['mfu', ['0.9', '100.1', '38,5', '-5', '1e1', 'NaN', '.5', '5.']],
  ['price', ['-0.001', '1000.001', 'Infinity', '1e999']],
  ['pue', ['0.99', '3.01', '1,2']],
  ['basis', ['fp16']],
  ['ed', ['2024-12', '2024-6', '1992-11', '2024-11-01', '24-11']],
  ['lang', ['fr', 'ES', 'es-ES']],
  ['theme', ['blue', 'auto']],
  ['title', ['false', 'no', '00']],
  ['at', ['2023-13', '2023-00', '2023-1', '2023-11-01', '1989-12', '2100-01', 'nov-2023', '2023/11', ' 2023-11']],
  ['group', ['country', 'REGION', 'region~sector']],
  ['share', ['true', 'yes', '2']],
  ['release', ['2026-02-30', '2026-12-1', '20261201', 'latest', '2026-12-01T00:00']],
];

describe('each parameter', () => {
  test.each(VALID)('%s=%s is valid', (param, value, field, expected, canonical) => {
    const { state, ignored } = parseViewState(`?${param}=${value}`);
    expect(ignored).toEqual([]);
    expect(state).toEqual(withState({ [field]: expected }));
    expect(serialiseViewState(state)).toBe(param === 'v' && value === 'gpus' ? '' : `?${param}=${canonical ?? value}`);
  });

  test.each(INVALID)('%s: invalid values fall back to the default and are reported', (param, values) => {
    for (const value of values) {
      const { state, ignored } = parseViewState(`?${param}=${encodeURIComponent(value)}`);
      expect(state, value).toEqual(DEFAULT_VIEW_STATE);
      expect(ignored, value).toEqual([{ param, value, reason: 'invalid-value' }]);
    }
  });

  test('an empty value counts as missing', () => {
    expect(parseViewState('?v=&ids=&lang=&title=')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
  });

  test('lists drop bad items and keep the rest', () => {
    const { state, ignored } = parseViewState('?ids=mn5~BAD~x_y~dsv3&region=europe~mars');
    expect(state.ids).toEqual(['mn5', 'dsv3']);
    expect(state.regions).toEqual(['europe']);
    expect(ignored).toEqual([
      { param: 'ids', value: 'BAD~x_y', reason: 'invalid-value' },
      { param: 'region', value: 'mars', reason: 'invalid-value' },
    ]);
  });

  test('ids keep only the first 60', () => {
    const ids = Array.from({ length: 70 }, (_, i) => `id-${i}`);
    const { state, ignored } = parseViewState(`?ids=${ids.join('~')}`);
    expect(state.ids).toEqual(ids.slice(0, 60));
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ param: 'ids', reason: 'too-long' });
  });

  test('`+`, a decoded space and `%2B` are legacy list separators; `,` is none', () => {
    for (const search of ['?ids=a+b', '?ids=a%20b', '?ids=a%2Bb', '?ids=a~b']) expect(parse(search).ids).toEqual(['a', 'b']);
    expect(parse('?region=asia+europe').regions).toEqual(['europe', 'asia']);
    expect(parseViewState('?ids=a,b')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [{ param: 'ids', value: 'a,b', reason: 'invalid-value' }] });
  });
});

describe('numbers are written without locale or exponent', () => {
  test.each([
    [{ whatifMfu: 38.5 }, '?mfu=38.5'],
    [{ whatifPrice: 0.001 }, '?price=0.001'],
    [{ whatifPrice: 2.1 + 0.2 }, '?price=2.3'],
    [{ whatifGpus: 10_000_000 }, '?gpus=10000000'],
    [{ whatifPue: 1.1 }, '?pue=1.1'],
  ])('%o → %s', (patch, search) => {
    expect(serialiseViewState(withState(patch))).toBe(search);
  });
});

describe('ignored parameters', () => {
  test('unknown keys are reported; tracking tags are dropped silently', () => {
    const { state, ignored } = parseViewState('?v=money&foo=bar&utm_source=x&fbclid=y&__proto__=1&constructor=2');
    expect(state).toEqual(withState({ view: 'money' }));
    expect(ignored).toEqual([
      { param: 'foo', value: 'bar', reason: 'unknown-param' },
      { param: '__proto__', value: '1', reason: 'unknown-param' },
      { param: 'constructor', value: '2', reason: 'unknown-param' },
    ]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('a repeated key: the first wins, the rest are reported', () => {
    const { state, ignored } = parseViewState('?v=money&v=compare&v=nope');
    expect(state.view).toBe('money');
    expect(ignored).toEqual([
      { param: 'v', value: 'compare', reason: 'repeated' },
      { param: 'v', value: 'nope', reason: 'repeated' },
    ]);
  });

  test('overlong values and queries are cut and reported, values shortened for display', () => {
    const long = 'a'.repeat(5000);
    expect(parseViewState(`?hl=${long}`).ignored).toEqual([{ param: 'hl', value: `${'a'.repeat(79)}…`, reason: 'too-long' }]);
    // Past 8 KB the query is cut before the parameter that crosses the limit, never inside a value.
    const { state, ignored } = parseViewState(`?v=money&cur=usd&ids=${'ab~'.repeat(3000)}&theme=dark`);
    expect(state).toEqual(withState({ view: 'money', currency: 'usd' }));
    expect(ignored).toEqual([{ param: 'ids', value: `ids=${'ab~'.repeat(25)}…`, reason: 'too-long' }]);
  });

  test('display values are cut by code point, never inside a surrogate pair', () => {
    const [report] = parseViewState(`?v=${'😀'.repeat(100)}`).ignored;
    expect(Array.from(report!.value)).toHaveLength(80);
    expect(report!.value).toBe(`${'😀'.repeat(79)}…`);
  });

  test('with known ids, unknown ones are dropped and reported', () => {
    const ctx = { entityIds: new Set(['mn5', 'dsv3']), modelIds: new Set(['alia-40b']), systemIds: new Set(['mn5']), editions: new Set(['2024-11']), releaseIds: new Set(['2026-12-01']) };
    const world = { worldSystemIds: new Set(['colossus']), worldModelIds: new Set(['gpt-4o']), worldPinIds: new Set(['colossus', 'gpt-4o']) };
    const search = '?ids=mn5~ghost~dsv3&hl=ghost&a=mn5&model=gpt-9&sys=dsv3&ed=2023-11&release=2026-11-01';
    const { state, ignored } = parseViewState(search, { ...ctx, ...world });
    expect(state).toEqual(withState({ ids: ['mn5', 'dsv3'], compareA: 'mn5' }));
    expect(ignored.map((r) => [r.param, r.value, r.reason])).toEqual([
      ['ids', 'ghost', 'unknown-id'],
      ['hl', 'ghost', 'unknown-id'],
      ['model', 'gpt-9', 'unknown-id'],
      ['sys', 'dsv3', 'unknown-id'],
      ['ed', '2023-11', 'unknown-id'],
      ['release', '2026-11-01', 'unknown-release'],
    ]);
    // Before the world data loads, ids that may be Epoch's wait: the model and system are kept for now.
    const early = parseViewState(search, ctx);
    expect(early.state).toEqual(withState({ ids: ['mn5', 'dsv3'], compareA: 'mn5', whatifModel: 'gpt-9', whatifSystem: 'dsv3' }));
    expect(early.ignored.map((r) => r.param)).toEqual(['ids', 'hl', 'ed', 'release']);
    expect(parseViewState('?release=2026-12-01', ctx).state.release).toBe('2026-12-01');
  });

  test('reports are capped so junk cannot flood the notice', () => {
    const junk = Array.from({ length: 500 }, (_, i) => `k${i}=1`).join('&');
    expect(parseViewState(`?${junk}`).ignored).toHaveLength(20);
  });
});

describe('hostile input', () => {
  test.each([
    '?v=<script>alert(1)</script>', '?hl=javascript:alert(1)', '?%E0%A4%A=1&v=%E0%A4%A', '?v=%ZZ', '?gpus=1e999&mfu=NaN&price=Infinity&pue=-1',
    '?gpus=-2048&gpus=1.5', '?__proto__[polluted]=1&constructor[prototype][polluted]=1', `?ids=${'x~'.repeat(5000)}`,
    `?${'&'.repeat(10000)}`, `?${'a'.repeat(20000)}`, '?v=\uD800', '?v=😀&ids=😀~ñandú', '?=&==&=x', '?v=money#frag',
  ])('hostile link #%# gives a valid state', (search) => {
    const { state } = parseViewState(search);
    expectValidState(state);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('properties', () => {
  test('parse(serialise(s)) equals s for any valid state, with nothing ignored', () => {
    fc.assert(
      fc.property(viewStateArb, (s) => {
        expect(parseViewState(serialiseViewState(s))).toEqual({ state: s, ignored: [] });
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    ['fc.string', fc.string()],
    ['binary unicode', fc.string({ unit: 'binary' })],
    ['UTF-16 code units (lone surrogates)', fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) })],
    ['hostile URLs', hostileQueryArb],
  ])('parse of any string (%s) is valid and serialise(parse(x)) is a fixed point', (_, arb) => {
    fc.assert(
      fc.property(arb, (x) => {
        const { state } = parseViewState(x);
        expectValidState(state);
        const canonical = serialiseViewState(state);
        expect(parseViewState(canonical)).toEqual({ state, ignored: [] });
        expect(serialiseViewState(parseViewState(canonical).state)).toBe(canonical);
      }),
      { numRuns: 300 },
    );
  });
});

test('viewStateUrl keeps the base path and replaces its query and hash', () => {
  const state = withState({ view: 'money', currency: 'usd' });
  expect(viewStateUrl('https://user.github.io/atlas/', state)).toBe('https://user.github.io/atlas/?v=money&cur=usd');
  expect(viewStateUrl('/atlas/embed/?v=gpus#x', state)).toBe('/atlas/embed/?v=money&cur=usd');
  expect(viewStateUrl('/', DEFAULT_VIEW_STATE)).toBe('/');
});
