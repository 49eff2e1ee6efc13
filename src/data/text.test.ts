import fc from 'fast-check';
import { csvCell, FSI, isFormulaLike, isolate, isolatedParts, PDI, stripIsolates, textProblems } from './text.ts';
import { HOSTILE } from '../../tests/fixtures/hostileText.ts';

describe('textProblems', () => {
  it.each([
    ['\u202e', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\u202a', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
    ['\u2066', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['\u2069', 'U+2069 POP DIRECTIONAL ISOLATE'],
    ['\u0007', 'U+0007 (a control character)'],
    ['\u001b', 'U+001B (a control character)'],
    ['\n', 'U+000A (a control character)'],
    ['\u0085', 'U+0085 (a control character)'],
    ['\ud800', 'U+D800 (an unpaired surrogate)'],
    ['\uffff', 'U+FFFF (a non-character)'],
  ])('refuses %j and names it with its position', (ch, name) => {
    expect(textProblems(`MN5${ch}x`, 100)).toEqual([expect.stringContaining(`${name}`)]);
    expect(textProblems(`MN5${ch}x`, 100)[0]).toMatch(/at character 4$/);
  });

  it('refuses a paired override too (it still reverses the digits inside the name)', () => {
    expect(textProblems('a \u202e4480\u202c b', 100)).toHaveLength(2);
  });

  it('accepts right-to-left names, bidi marks, emoji and accents', () => {
    for (const ok of ['مارينوستروم ٥', 'אלפא\u200F 2', 'ALIA 🇪🇸', 'Cómputo', 'a\u061Cb', '＝ is fine inside text']) expect(textProblems(ok, 100)).toEqual([]);
  });

  it('counts code points, not UTF-16 units, when it says where', () => {
    expect(textProblems('🇪🇸\u0007', 100)[0]).toMatch(/at character 3$/);
  });

  it('caps the length and refuses blank text', () => {
    expect(textProblems('x'.repeat(29), 28)).toEqual(['is 29 characters long; the limit is 28']);
    expect(textProblems('x'.repeat(28), 28)).toEqual([]);
    expect(textProblems('  ', 28)).toEqual(['is empty']);
  });

  it('every refused string in the hostile fixture is refused; every accepted one passes', () => {
    for (const s of HOSTILE.refused) expect(textProblems(s.text, s.max ?? 100_000), s.why).not.toEqual([]);
    for (const s of HOSTILE.accepted) expect(textProblems(s.text, 100_000), s.why).toEqual([]);
  });
});

describe('isolation', () => {
  it('splits an isolated sentence into runs and strips the isolates', () => {
    const sentence = `${isolate('MN5')}: 4,480 = 2.19 × ${isolate('DS')}`;
    expect(isolatedParts(sentence)).toEqual([
      { text: 'MN5', isIsolated: true },
      { text: ': 4,480 = 2.19 × ', isIsolated: false },
      { text: 'DS', isIsolated: true },
    ]);
    expect(stripIsolates(sentence)).toBe('MN5: 4,480 = 2.19 × DS');
  });

  it('property: parts always join back to the sentence without isolates', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string().map(isolate))), (pieces) => {
        const sentence = pieces.join('');
        expect(isolatedParts(sentence).map((p) => p.text).join('')).toBe(stripIsolates(sentence));
      }),
    );
  });

  it('uses FSI and PDI', () => {
    expect(isolate('x')).toBe(`${FSI}x${PDI}`);
    expect(FSI).toBe('\u2068');
    expect(PDI).toBe('\u2069');
  });
});

describe('CSV cells', () => {
  it.each(['=1+1', '+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '\n=1', ' =1', '\u00a0=1', '\u3000=1', '＝1+1', '＋1', '－1', '＠A1', '﹦1', '\u2068=1\u2069', '\ufeff=1'])(
    'neutralises %j',
    (cell) => expect(csvCell(cell).replace(/^"/, '')).toMatch(/^'/),
  );

  it.each(['4480', '-3', '1e24', '2.19', 'MareNostrum 5', 'a=b', ''])('leaves %j as it is', (cell) => expect(csvCell(cell)).toBe(cell));

  // An oracle independent of the implementation's character lists: NFKC folds the full-width and
  // small forms to ASCII; a spreadsheet skips leading whitespace and invisible characters.
  const wouldExecute = (cell: string) =>
    !/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(cell) &&
    (/^[\t\r\n]/.test(cell) || /^[=+\-@]/.test(cell.normalize('NFKC').replace(/^[\s\p{Cc}\p{Cf}]*/u, '')));

  const hostileUnit = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '\t', '\r', '\n', ' ', '\u3000', '\u00a0', '\u2068', '\u200b', '"', ',', 'a', '1', 'é', 'ي');
  const cells = fc.oneof(fc.string({ unit: hostileUnit, maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }));

  it('property: every cell a spreadsheet would execute starts with an apostrophe, and nothing else changes', () => {
    fc.assert(
      fc.property(cells, (cell) => {
        const out = csvCell(cell);
        const unquoted = out.startsWith('"') ? out.slice(1, -1).replace(/""/g, '"') : out;
        if (wouldExecute(cell)) expect(unquoted).toBe(`'${cell}`);
        else expect(unquoted).toBe(isFormulaLike(cell) ? `'${cell}` : cell);
        expect(out.startsWith('"') || !/[",\r\n]/.test(out)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('every formula starter in the hostile fixture is neutralised', () => {
    for (const s of HOSTILE.formulas) expect(wouldExecute(s) && csvCell(s).replace(/^"/, '').startsWith("'"), JSON.stringify(s)).toBe(true);
  });
});
