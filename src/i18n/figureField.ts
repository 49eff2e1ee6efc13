/**
 * A sourced figure's field as readers see it: data/ names fields in code ("acceleratorCount",
 * "top500.2024-11.rank"); the Sources list and the changelog show "Aceleradores",
 * "Puesto en el TOP500 (nov 2024)". A field without a name shows as it is (figureFields.test.ts
 * keeps every field of the dataset named).
 */
import { formatDate } from './format.ts';
import type { Lang } from './locales.ts';
import type { Messages } from './messages.ts';

/** TOP500 figures are kept per list edition: `top500.<YYYY-MM>.<field>`. */
const EDITION = /^top500\.(\d{4}-\d{2})\.(\w+)$/;

export function figureFieldName(field: string, m: Messages, lang: Lang): string {
  const edition = EDITION.exec(field);
  if (edition) {
    const name = m.figureFields[`top500.${edition[2]}`];
    return name ? `${name} (${formatDate(edition[1]!, lang)})` : field;
  }
  return m.figureFields[field] ?? field;
}
