import { useEffect } from 'react';
import type { Lang } from '../i18n/format.ts';
import { pageLang } from '../i18n/lang.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { ViewState } from '../view/viewState.ts';

/** The URL's `lang` wins; otherwise the browser's first preference the atlas speaks; else the default (src/i18n/lang.ts). */
export function resolveLang(state: Pick<ViewState, 'lang'>, languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? []): Lang {
  return pageLang(state.lang, languages);
}

/** Reflects language and theme on <html>: `lang` for screen readers and hyphenation, `data-theme` for CSS. */
export function useDocumentLangTheme(lang: Lang, theme: ViewState['theme'], title: string) {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = LOCALES[lang].htmlLang;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
    document.title = title;
  }, [lang, theme, title]);
}
