/**
 * The language to render in: the one asked for once its messages are loaded — its core and every
 * part the page uses (the views opened so far) — until then the one already on screen. Switching
 * language (the switcher, a back button to a `lang=` URL) thus never renders a language whose
 * strings are still on their way; the page changes when they arrive.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { hasMessages, loadMessages, onMessagesLoaded, usedParts } from './messages.ts';
import type { Lang } from './locales.ts';

/** What `lang` still lacks of what the page uses, as one string ('' once it has it all). */
function missingOf(lang: Lang): string {
  const parts = usedParts().filter((part) => !hasMessages(lang, [part]));
  return (hasMessages(lang) ? parts : ['core', ...parts]).join(' ');
}

export function useLoadedLang(wanted: Lang): Lang {
  // A string, not a boolean: a view opened while `wanted` loads adds a part, and the effect asks for it too.
  const snapshot = () => missingOf(wanted);
  const missing = useSyncExternalStore(onMessagesLoaded, snapshot, snapshot);
  const isReady = missing === '';
  const [shown, setShown] = useState(wanted);
  useEffect(() => {
    if (isReady) setShown(wanted);
    else void loadMessages(wanted, usedParts()).catch((error: unknown) => console.warn('Compute Atlas: could not load the language', wanted, error));
  }, [wanted, isReady, missing]);
  return isReady ? wanted : shown;
}
