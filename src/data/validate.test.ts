/**
 * The schema on small fixtures: a good dataset passes, and each kind of bad row fails with the
 * file, the record and the field named — the message a contributor sees from `npm test` or the build.
 */
import { formatDataError, parseDataset, type RawFiles } from './validate.ts';
import { HOSTILE } from '../../tests/fixtures/hostileText.ts';

const fig = (value: number, unit: string, extra: Record<string, unknown> = {}) => ({
  value,
  unit,
  asOf: '2024-11',
  source: 'top500-2024-11',
  confidence: 'official',
  ...extra,
});

function good() {
  return {
    sources: { sources: [{ id: 'top500-2024-11', title: 'TOP500 list, November 2024', publisher: 'TOP500', url: 'https://www.top500.org/lists/top500/list/2024/11/', date: '2024-11' }] },
    hardware: { hardware: [{ id: 'h100-64gb', name: 'NVIDIA H100 64GB', shortName: 'H100 64GB', vendor: 'NVIDIA', kind: 'gpu', bf16DenseTflops: fig(989.4, 'TFLOP/s', { qualifier: 'at-most', confidence: 'estimate' }) }] },
    systems: {
      systems: [
        { id: 'mn5', name: 'MareNostrum 5 ACC', shortName: 'MN5 ACC', kind: 'supercomputer', country: 'ES', region: 'europe', ownerType: 'public', owner: 'BSC', accelerator: 'h100-64gb', acceleratorCount: fig(4480, 'accelerators'), top500: [{ edition: '2024-11', rank: fig(11, 'rank') }] },
        { id: 'other', name: 'Other', shortName: 'Other', kind: 'ai-cluster', country: 'CN', region: 'asia', ownerType: 'private', owner: 'X', accelerator: 'h100-64gb', acceleratorCount: fig(2048, 'accelerators') },
      ],
    },
    models: { models: [] },
    money: { money: [{ id: 'claim', subject: 'ChatGPT', label: 'cost claimed', labels: { es: 'coste declarado' }, scope: 'political-claim', saidBy: 'Someone', amount: fig(650, 'M EUR', { confidence: 'claim' }) }] },
    rates: { rates: [{ forAsOf: '2024-11', rule: 'month-mean', date: '2024-11', fixings: 21, usdPerEur: fig(1.063, 'USD/EUR') }] },
    events: { events: [{ id: 'mn5-debut', date: '2023-11', kind: 'milestone', label: 'MN5 debuts', labels: { es: 'MN5 debuta' }, source: 'top500-2024-11', confidence: 'official' }] },
    prices: { prices: [] },
    comparisons: { comparisons: [{ id: 'mn5-vs-other', metric: 'accelerators', a: 'mn5', b: 'other' }] },
  } satisfies RawFiles;
}

function errorsOf(raw: RawFiles): string[] {
  const r = parseDataset(raw, 'test');
  return r.ok ? [] : r.errors.map(formatDataError);
}

test('a good dataset parses into typed records with defaults filled', () => {
  const r = parseDataset(good(), 'v1');
  expect(r.ok).toBe(true);
  if (r.ok) {
    expect(r.dataset.version).toBe('v1');
    expect(r.dataset.systems[1]!.top500).toEqual([]);
  }
});

test('a missing field names file, record and field', () => {
  const raw = good();
  delete (raw.systems.systems[0] as Record<string, unknown>).region;
  expect(errorsOf(raw)).toEqual([expect.stringMatching(/^data\/systems\.json › systems\[0\] \(mn5\) › region: /)]);
});

test('a label missing a language fails naming the file, the row and the language', () => {
  const raw = good();
  delete (raw.money.money[0]!.labels as Partial<Record<string, string>>).es;
  (raw.events.events[0] as Record<string, unknown>).labels = undefined;
  expect(errorsOf(raw)).toEqual([
    expect.stringMatching(/^data\/money\.json › money\[0\] \(claim\) › labels\.es: /),
    'data/events.json › events[0] (mn5-debut) › labels: a label in every language is required (es)',
  ]);
});

test('an empty translation, or a language the atlas does not have, is refused', () => {
  const raw = good();
  raw.money.money[0]!.labels = { es: ' ' };
  (raw.events.events[0]!.labels as Record<string, string>).fr = 'MN5 fait ses débuts';
  expect(errorsOf(raw)).toEqual([
    'data/money.json › money[0] (claim) › labels.es: is empty',
    'data/events.json › events[0] (mn5-debut) › labels: Unrecognized key: "fr"',
  ]);
});

test('a system\'s translated short name must fit an axis as its own does, and names only the atlas\'s languages', () => {
  const raw = good();
  const mn5 = raw.systems.systems[0] as Record<string, unknown>;
  mn5.shortNames = { es: 'Partición acelerada de MareNostrum 5' };
  mn5.names = { fr: 'MareNostrum 5 ACC (partition accélérée)' };
  expect(errorsOf(raw)).toEqual([
    expect.stringMatching(/^data\/systems\.json › systems\[0\] \(mn5\) › names: Unrecognized key: "fr"/),
    expect.stringMatching(/^data\/systems\.json › systems\[0\] \(mn5\) › shortNames\.es: .*28/),
  ]);
});

test('a wrong unit is rejected, not silently mis-scaled', () => {
  const raw = good();
  raw.systems.systems[0]!.acceleratorCount = fig(4480, 'GPUs');
  expect(errorsOf(raw)).toEqual([expect.stringMatching(/systems\[0\] \(mn5\) › acceleratorCount\.unit/)]);
});

test('an unknown source id is named with its path', () => {
  const raw = good();
  raw.money.money[0]!.amount = fig(650, 'M EUR', { source: 'nowhere' });
  expect(errorsOf(raw)).toEqual(['data/money.json › money[0] (claim) › amount.source: unknown source id "nowhere"']);
});

test('a duplicate id fails, also across systems, models and money (they share URL ids)', () => {
  const raw = good();
  raw.systems.systems[1]!.id = 'mn5';
  expect(errorsOf(raw).join('\n')).toMatch(/systems\[1\] \(mn5\) › id: duplicate "mn5"/);
  const clash = good();
  clash.money.money[0]!.id = 'mn5';
  expect(errorsOf(clash).join('\n')).toMatch(/money\.json › money\[0\] \(mn5\) › id: "mn5" is already used in data\/systems\.json/);
});

test('a ratio that cannot be computed fails the comparison row', () => {
  const raw = good();
  delete (raw.systems.systems[1] as Record<string, unknown>).acceleratorCount;
  expect(errorsOf(raw)).toEqual(['data/comparisons.json › comparisons[0] (mn5-vs-other) › b: ratio cannot be computed: "other" has no acceleratorCount']);
});

test('other bad values: negative counts, non-kebab ids, bad dates, a claim without who said it, a missing file', () => {
  const raw = good();
  raw.systems.systems[0]!.acceleratorCount = fig(-1, 'accelerators');
  raw.systems.systems[1]!.id = 'Not Kebab';
  raw.rates.rates[0]!.date = '2024-13-01';
  delete (raw.money.money[0] as Record<string, unknown>).saidBy;
  const errors = errorsOf(raw).join('\n');
  expect(errors).toMatch(/acceleratorCount\.value: must be > 0/);
  expect(errors).toMatch(/systems\[1\] \(Not Kebab\) › id: must be a kebab-case id/);
  expect(errors).toMatch(/rates resolved from data\/ecb\/eur_usd_daily\.csv › rates\[0\] \(2024-11\) › date/);
  const noFile: RawFiles = { ...good(), prices: undefined };
  expect(errorsOf(noFile)).toEqual(['data/prices.json: file is missing']);
  const claim = good();
  delete (claim.money.money[0] as Record<string, unknown>).saidBy;
  expect(errorsOf(claim)).toEqual(['data/money.json › money[0] (claim) › saidBy: a political claim needs who said it']);
});

test('a money figure without a rate for its own date fails, instead of borrowing another date\'s', () => {
  const raw = good();
  raw.money.money[0]!.amount = fig(650, 'M EUR', { confidence: 'claim', asOf: '2024-12-09' });
  expect(errorsOf(raw)).toEqual(['data/money.json › money[0] (claim) › amount.asOf: no ECB rate for 2024-12-09 (before the first fixing in data/ecb/?)']);
});

test('a corroborating id must be another row of the same kind as the comparison', () => {
  const raw = good();
  (raw.comparisons.comparisons[0] as Record<string, unknown>).corroboratedBy = ['other', 'nope'];
  expect(errorsOf(raw)).toEqual([
    'data/comparisons.json › comparisons[0] (mn5-vs-other) › corroboratedBy.0: "other" must be another system id than a and b',
    'data/comparisons.json › comparisons[0] (mn5-vs-other) › corroboratedBy.1: "nope" must be another system id than a and b',
  ]);
});

describe('third-party text (tests/fixtures/hostileText.ts)', () => {
  const withText = (edit: (raw: ReturnType<typeof good>) => void) => {
    const raw = good();
    edit(raw);
    return errorsOf(raw);
  };

  it.each(HOSTILE.refused.filter((s) => s.max === undefined).map((s) => [s.why, s.text] as const))('refuses %s in a short name, naming file, record, field and character', (_why, text) => {
    const errors = withText((raw) => (raw.systems.systems[1]!.shortName = text.slice(0, 20)));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/^data\/systems\.json › systems\[1\] \(other\) › shortName: contains U\+[0-9A-F]{4} .* at character \d+$/);
  });

  it('names the character in nested notes and source titles too', () => {
    const errors = withText((raw) => {
      raw.systems.systems[0]!.acceleratorCount = fig(4480, 'accelerators', { note: 'nodes\u0007' });
      raw.sources.sources[0]!.title = 'TOP500 \u202eList';
    });
    expect(errors).toEqual([
      'data/sources.json › sources[0] (top500-2024-11) › title: contains U+202E RIGHT-TO-LEFT OVERRIDE (a bidi control that can reverse the text around it) at character 8',
      'data/systems.json › systems[0] (mn5) › acceleratorCount.note: contains U+0007 (a control character) at character 6',
    ]);
  });

  it('caps lengths: a 200,000-character title, a 29-character short name, a 3,000-character URL', () => {
    const errors = withText((raw) => {
      raw.sources.sources[0]!.title = 'x'.repeat(200_000);
      raw.sources.sources[0]!.url = 'https://example.org/' + 'a'.repeat(3000);
      raw.systems.systems[0]!.shortName = 'A'.repeat(29);
    });
    expect(errors).toEqual([
      'data/sources.json › sources[0] (top500-2024-11) › title: is 200000 characters long; the limit is 300',
      'data/sources.json › sources[0] (top500-2024-11) › url: is 3020 characters long; the limit is 2048',
      'data/systems.json › systems[0] (mn5) › shortName: is 29 characters long; the limit is 28',
    ]);
  });

  it('accepts right-to-left names, formulas and markup as text, and a long URL within the limit', () => {
    for (const s of HOSTILE.accepted)
      expect(
        withText((raw) => {
          raw.systems.systems[0]!.name = s.text;
          raw.systems.systems[0]!.owner = s.text;
          raw.sources.sources[0]!.url = HOSTILE.longUrl;
        }),
        s.why,
      ).toEqual([]);
  });
});
