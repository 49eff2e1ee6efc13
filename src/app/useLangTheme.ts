import { useEffect } from 'react';
import type { Lang } from '../i18n/format.ts';
import { pageLang } from '../i18n/lang.ts';
import type { ViewState } from '../view/viewState.ts';

/** The URL's `lang` wins; otherwise the browser's first Spanish or English preference; else Spanish. */
export function resolveLang(state: Pick<ViewState, 'lang'>, languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? []): Lang {
  return pageLang(state.lang, languages);
}

/** Reflects language and theme on <html>: `lang` for screen readers and hyphenation, `data-theme` for CSS. */
export function useDocumentLangTheme(lang: Lang, theme: ViewState['theme'], title: string) {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
    document.title = title;
  }, [lang, theme, title]);
}
