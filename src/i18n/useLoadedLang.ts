/**
 * The language to render in: the one asked for once its messages are loaded, until then the one
 * already on screen. Switching language (the switcher, a back button to a `lang=` URL) thus never
 * renders a language whose messages are still on their way; the page changes when they arrive.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { hasMessages, loadMessages, onMessagesLoaded } from './messages.ts';
import type { Lang } from './locales.ts';

export function useLoadedLang(wanted: Lang): Lang {
  const isReady = useSyncExternalStore(onMessagesLoaded, () => hasMessages(wanted), () => hasMessages(wanted));
  const [shown, setShown] = useState(wanted);
  useEffect(() => {
    if (isReady) setShown(wanted);
    else void loadMessages(wanted).catch((error: unknown) => console.warn('Compute Atlas: could not load the language', wanted, error));
  }, [wanted, isReady]);
  return isReady ? wanted : shown;
}
