import { parseEcbCsv } from './ecbCsv.ts';

test('reads fixings in order, tolerating CRLF and a final newline', () => {
  const r = parseEcbCsv('date,usd_per_eur\r\n2024-12-23,1.04\r\n2024-12-24,1.0395\r\n');
  expect(r).toEqual({ fixings: [{ date: '2024-12-23', usdPerEur: 1.04 }, { date: '2024-12-24', usdPerEur: 1.0395 }], errors: [] });
});

test('bad lines are named by file and line number', () => {
  const r = parseEcbCsv(['date,usd_per_eur', '2024-12-24,1.0395', '2024-12-23,1.04', '2024-12-27,', '2024-13-01,1.1', '2024-12-30,-1', '2024-12-31,1.03,x'].join('\n'));
  expect(r.errors).toEqual([
    'data/ecb/eur_usd_daily.csv › line 3: 2024-12-23 is not after 2024-12-24',
    'data/ecb/eur_usd_daily.csv › line 4: rate must be a positive number',
    'data/ecb/eur_usd_daily.csv › line 5: expected "YYYY-MM-DD,rate", got "2024-13-01,1.1"',
    'data/ecb/eur_usd_daily.csv › line 6: rate must be a positive number',
    'data/ecb/eur_usd_daily.csv › line 7: expected "YYYY-MM-DD,rate", got "2024-12-31,1.03,x"',
  ]);
  expect(r.fixings.map((f) => f.date)).toEqual(['2024-12-24']);
});

test('a wrong header or an empty file is an error, not an empty rate table', () => {
  expect(parseEcbCsv('day,rate\n2024-12-24,1.0395').errors[0]).toMatch(/line 1: header/);
  expect(parseEcbCsv('date,usd_per_eur\n').errors).toEqual(['data/ecb/eur_usd_daily.csv: no fixings']);
});
