import fc from 'fast-check';
import { assignIds, slugify, type IdInput } from './ids.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('slugify', () => {
  it.each([
    ['Mare Nostrum 5', 'mare-nostrum-5'],
    ['Llama 3.1-405B', 'llama-3-1-405b'],
    ['Karlsruher Institut für Technologie HoreKa', 'karlsruher-institut-fur-technologie-horeka'],
    ['Texas A&M Grace', 'texas-a-and-m-grace'],
    ['"OpenAI/Microsoft Mt Pleasant, Wisconsin Phase 2"', 'openai-microsoft-mt-pleasant-wisconsin-phase-2'],
    ['ул. Пушкина', 'unnamed'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));

  it('always gives a kebab-case id of at most 60 characters', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const id = slugify(s);
      expect(id).toMatch(KEBAB);
      expect(id.length).toBeLessThanOrEqual(60);
    }));
  });
});

describe('assignIds', () => {
  const row = (name: string, date: string, content = `${name}|${date}`): IdInput => ({ name, date, content });

  it('gives a unique name its plain slug', () => {
    expect(assignIds([row('Mare Nostrum 5', '2023-11-01'), row('EuroHPC LUMI', '2022-09-15')], new Set(), 'cluster')).toEqual([
      'mare-nostrum-5',
      'eurohpc-lumi',
    ]);
  });

  it('tells rows with the same name apart by date, then by a counter in content order', () => {
    const ids = assignIds(
      [
        row('Anonymized Chinese System', '2024-03-15', 'b'),
        row('Anonymized Chinese System', '2024-07-15', 'c'),
        row('Anonymized Chinese System', '2024-03-15', 'a'),
        row('Anonymized Chinese System', '', 'd'),
      ],
      new Set(),
      'cluster',
    );
    expect(ids).toEqual([
      'anonymized-chinese-system-2024-03-15-2',
      'anonymized-chinese-system-2024-07-15',
      'anonymized-chinese-system-2024-03-15-1',
      'anonymized-chinese-system-undated',
    ]);
  });

  it('does not reuse a taken id (a curated id or another dataset’s)', () => {
    expect(assignIds([row('DeepSeek-V3', '2024-12-24')], new Set(['deepseek-v3']), 'model')).toEqual(['deepseek-v3-model']);
  });

  it('gives the same ids whatever the order of the rows, and never the same id twice', () => {
    const names = fc.constantFrom('Anonymized Chinese System', 'Paper on PaLM', 'Meta 100k', 'X');
    const dates = fc.constantFrom('', '2024-03-15', '2024-07-15');
    const rows = fc.uniqueArray(fc.record({ name: names, date: dates, content: fc.string({ maxLength: 6 }) }), {
      maxLength: 30,
      selector: (r) => `${r.name}|${r.date}|${r.content}`,
    });
    fc.assert(
      fc.property(rows, fc.infiniteStream(fc.nat()), (inputs, seeds) => {
        const ids = assignIds(inputs, new Set(), 'cluster');
        expect(new Set(ids).size).toBe(ids.length);
        const shuffled = inputs.map((r, i) => ({ r, i, k: seeds.next().value })).sort((a, b) => a.k - b.k);
        const again = assignIds(shuffled.map((s) => s.r), new Set(), 'cluster');
        shuffled.forEach((s, j) => expect(again[j]).toBe(ids[s.i]));
      }),
    );
  });
});
