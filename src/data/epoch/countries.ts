/**
 * Epoch AI writes countries as English names; the atlas keeps each name (Epoch's words, in the
 * CSV) and its ISO 3166-1 alpha-2 code, from which every language of the atlas names the country
 * (`countryName` in src/i18n/format.ts). A name not listed here fails the import with its file,
 * row and column, so a new country in a later snapshot is added here, never shown untranslated.
 * Pure, zod-free.
 */
const EPOCH_COUNTRY_CODES: Readonly<Record<string, string>> = {
  Australia: 'AU',
  Brazil: 'BR',
  Canada: 'CA',
  China: 'CN',
  Czechia: 'CZ',
  Denmark: 'DK',
  Finland: 'FI',
  France: 'FR',
  Germany: 'DE',
  'Hong Kong': 'HK',
  Iceland: 'IS',
  India: 'IN',
  Indonesia: 'ID',
  Israel: 'IL',
  Italy: 'IT',
  Japan: 'JP',
  'Korea (Republic of)': 'KR',
  Luxembourg: 'LU',
  Malaysia: 'MY',
  Mexico: 'MX',
  Netherlands: 'NL',
  Norway: 'NO',
  'Philippines (the)': 'PH',
  Poland: 'PL',
  Russia: 'RU',
  'Saudi Arabia': 'SA',
  Singapore: 'SG',
  Slovenia: 'SI',
  Spain: 'ES',
  Sweden: 'SE',
  Switzerland: 'CH',
  Taiwan: 'TW',
  Thailand: 'TH',
  'United Arab Emirates': 'AE',
  'United Kingdom of Great Britain and Northern Ireland': 'GB',
  'United States of America': 'US',
  Vietnam: 'VN',
};

/** The ISO code of an Epoch country name, or undefined when the table lacks it. */
export function countryCodeOf(epochName: string): string | undefined {
  return Object.hasOwn(EPOCH_COUNTRY_CODES, epochName) ? EPOCH_COUNTRY_CODES[epochName] : undefined;
}
