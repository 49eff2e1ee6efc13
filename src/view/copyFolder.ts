/**
 * Where a prerendered copy lives, under its view's folder (`embed/<chart>/`, or the dashboard's
 * `''`, `clusters/`…): the default state in the site's first language in the folder itself, in
 * another language one folder down (`en/`), a variant (a headline comparison) in
 * `<variant>-<lang>/`. The build writes the files by this (scripts/prerenderEntry.tsx, copyFile)
 * and the app writes its addresses by it (src/embed/addressPath.ts, src/view/embedUrl.ts), so a
 * link names the file that holds its copy and opens in one navigation.
 */
import { LOCALES, type Lang } from '../i18n/locales.ts';

/** The name of a view's copy of its default state. */
export const DEFAULT_VARIANT = 'default';

export function copyFolder(variant: string, lang: Lang): string {
  return variant === DEFAULT_VARIANT ? LOCALES[lang].pathPrefix : `${variant}-${lang}/`;
}
