/**
 * Dated rewrites that turn an older URL into today's form before it is parsed. Published links
 * live forever (PRODUCT.md), so a renamed parameter or entity id is one new entry at the end
 * of URL_MIGRATIONS, e.g.
 *   { date: '2027-03-01', description: '`metric` is now `m`', migrate: renameParam('metric', 'm') }
 * Entries are history: never edit or reorder one; each runs on the output of the one before.
 * They also run on canonical URLs, so a migration must leave today's form unchanged.
 */

export interface UrlMigration {
  /** YYYY-MM-DD of the release that changed the format. */
  readonly date: string;
  readonly description: string;
  /** Returns the rewritten parameters; may mutate and return its argument (it gets a copy). */
  migrate(params: URLSearchParams): URLSearchParams;
}

/** Lists that existed when `~` became the separator; later lists were born with `~`. */
const LISTS_OF_2026_11_26 = ['ids', 'region', 'owner', 'kind'];

export const URL_MIGRATIONS: readonly UrlMigration[] = [
  {
    date: '2026-11-26',
    // `+` is the form-encoding of a space, so links typed or rewritten with `+` (or `%20`)
    // as a list separator still mean a list; `,` is never a separator.
    description: 'list separator: `+` (or a space produced by decoding `+`) becomes `~`',
    migrate: (params) => mapValues(params, LISTS_OF_2026_11_26, (value) => value.replace(/[+ ]/g, '~')),
  },
];

/**
 * Applies migrations in order. Each gets a copy, and one that throws is skipped: a bug in an
 * old rewrite must not stop the page from opening.
 */
export function applyMigrations(params: URLSearchParams, migrations: readonly UrlMigration[] = URL_MIGRATIONS): URLSearchParams {
  let current = params;
  for (const migration of migrations) {
    try {
      current = migration.migrate(new URLSearchParams(current));
    } catch {
      continue;
    }
  }
  return current;
}

/** Rewrites the values of the named keys, keeping every pair's position (order decides repeats). */
export function mapValues(params: URLSearchParams, keys: readonly string[], rewrite: (value: string) => string): URLSearchParams {
  return new URLSearchParams([...params].map(([key, value]) => [key, keys.includes(key) ? rewrite(value) : value]));
}

/** Building block for a renamed parameter: `from=x` becomes `to=x` at the same position. */
export function renameParam(from: string, to: string): (params: URLSearchParams) => URLSearchParams {
  return (params) => new URLSearchParams([...params].map(([key, value]) => [key === from ? to : key, value]));
}

/** Building block for a renamed entity id, inside `~` lists and single-id parameters alike. */
export function renameId(keys: readonly string[], from: string, to: string): (params: URLSearchParams) => URLSearchParams {
  return (params) =>
    mapValues(params, keys, (value) =>
      value
        .split('~')
        .map((id) => (id === from ? to : id))
        .join('~'),
    );
}
