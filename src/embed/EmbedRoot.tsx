/**
 * The embed shell plus what it reflects on the document: language, theme and title.
 */
import { useLayoutEffect } from 'react';
import { LOCALES } from '../i18n/locales.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { EmbedShell, type EmbedShellProps } from './EmbedShell.tsx';

export function EmbedRoot(props: EmbedShellProps) {
  const { lang, state, chart } = props;
  useLayoutEffect(() => {
    const m = MESSAGES[lang];
    const html = document.documentElement;
    html.lang = LOCALES[lang].htmlLang;
    if (state.theme) html.dataset.theme = state.theme;
    else delete html.dataset.theme;
    document.title = chart ? `${m.views[chart]} · ${m.appName}` : m.appName;
  }, [lang, state.theme, chart]);
  return <EmbedShell {...props} />;
}
