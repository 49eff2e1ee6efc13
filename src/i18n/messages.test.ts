import { LANGS } from './lang.ts';
import { MESSAGES, PART_NAMES } from './messages.ts';
import type { Lang } from './locales.ts';

/**
 * Every key path, with the kind of value at it (a string, a function of N arguments, or a list:
 * a language's number scales, whose length is its own).
 */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path} fn/${value.length}`];
  if (Array.isArray(value)) return [`${path} list`];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path} ${typeof value}`];
}

/** A language's strings: the core's keys, and each part's (its getters are not enumerable, see messages.ts). */
const everything = (lang: Lang) => ({ ...MESSAGES[lang], ...Object.fromEntries(PART_NAMES.map((part) => [part, MESSAGES[lang][part]])) });

test.each(LANGS.slice(1))('%s has exactly the message keys of Spanish (the reference), each of the same kind, in the core and in every part', (lang) => {
  expect(shape(everything(lang)).sort()).toEqual(shape(everything('es')).sort());
  for (const part of PART_NAMES) expect(shape(MESSAGES[lang][part], part).sort()).toEqual(shape(MESSAGES.es[part], part).sort());
});

test('every part is a section of its own: no key of the core is also a part', () => {
  expect(PART_NAMES.length).toBeGreaterThan(0);
  for (const part of PART_NAMES) expect(Object.keys(MESSAGES.es)).not.toContain(part);
});

test('no message is empty, and Spanish never says "billón" for 10⁹', () => {
  const strings = JSON.stringify(everything('es'), (_, v) => (typeof v === 'function' ? String(v) : v));
  expect(strings).not.toMatch(/billón|billones/i);
  const walk = (v: unknown): void => {
    if (typeof v === 'string') expect(v.trim().length).toBeGreaterThan(0);
    // Lists are number scales, where '' is a real suffix (no suffix below a thousand).
    else if (v && typeof v === 'object' && !Array.isArray(v)) Object.values(v).forEach(walk);
  };
  for (const lang of LANGS) walk(everything(lang));
});

test('search results are counted by the language\'s plural rules, and say when only the first are listed', () => {
  const said = (lang: 'es' | 'en') => [[0, 0], [1, 1], [3, 3], [50, 20]].map(([n, shown]) => MESSAGES[lang].search.results(n!, shown!));
  expect(said('es')).toEqual(['Ningún resultado', '1 resultado', '3 resultados', '50 resultados; se muestran los 20 primeros']);
  expect(said('en')).toEqual(['No results', '1 result', '3 results', '50 results; showing the first 20']);
});
