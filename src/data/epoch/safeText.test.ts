import { safeText } from './safeText.ts';

describe('safeText', () => {
  it('turns line breaks and tabs from a CSV cell into single spaces and trims', () => {
    expect(safeText('  Holly Ridge\nLouisiana\t71269 ', 100)).toEqual({ ok: true, value: 'Holly Ridge Louisiana 71269' });
  });

  it.each([
    ['NUL', 'a\u0000b', 'U+0000'],
    ['escape', 'a\u001Bb', 'U+001B'],
    ['C1 control', 'a\u0085b', 'U+0085'],
    ['right-to-left override', 'Colossus\u202Esuxe', 'U+202E'],
    ['first-strong isolate', '\u2068name', 'U+2068'],
  ])('refuses a %s and says which character and where', (_, raw, code) => {
    const r = safeText(raw, 100);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(code);
  });

  it('keeps accents and non-Latin scripts', () => {
    expect(safeText('ул. Пушкина, Jülich, 〒277-0882', 100)).toEqual({ ok: true, value: 'ул. Пушкина, Jülich, 〒277-0882' });
  });

  it('caps the length after normalising whitespace', () => {
    expect(safeText('a'.repeat(11), 10).ok).toBe(false);
    expect(safeText('a'.repeat(10), 10).ok).toBe(true);
    expect(safeText(`${'a'.repeat(5)}\n\n\n${'b'.repeat(4)}`, 10)).toEqual({ ok: true, value: 'aaaaa bbbb' });
  });
});
