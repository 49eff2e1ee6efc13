/**
 * The shapes a locale file uses to say how numbers read (its `format` section), and the
 * helpers that apply them. Types and pure functions only: no messages, no language.
 */

/** [factor, suffix]: a value divided by `factor` is printed with `suffix`. Ascending. */
export type Scale = readonly [number, string];
export type Scales = readonly [Scale, ...Scale[]];

/** A number printed at a scale: its sign, its digits (of the absolute value), the suffix of the scale. */
export interface ScaledNumber {
  sign: string;
  digits: string;
  /** The absolute value at that scale, rounded as printed (to tell "1 millón" from "2 millones"). */
  rounded: number;
  suffix: string;
}

/** Scales plus how to write a scaled number in the language (where the sign, symbol and unit go). */
export interface ScaledWords<Args extends unknown[]> {
  scales: Scales;
  write: (p: ScaledNumber, ...args: Args) => string;
}

/** A word by plural category (Intl.PluralRules); `other` is the fallback every language has. */
export type PluralWords = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function pluralWord(words: PluralWords, rule: Intl.LDMLPluralRule): string {
  return words[rule] ?? words.other;
}

/**
 * For a locale file: the word for a count by the locale's plural rules, so messages never test
 * `n === 1` (a language may have more forms: Intl knows them, `other` is the fallback).
 */
export function pluralOf(intl: string): (n: number, one: string, other: string) => string {
  const rules = new Intl.PluralRules(intl);
  return (n, one, other) => pluralWord({ one, other }, rules.select(n));
}
