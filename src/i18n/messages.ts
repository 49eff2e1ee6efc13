/**
 * The interface strings of every loaded language: `MESSAGES[lang]`. Each language's messages
 * are a chunk of their own (`locales.ts`), loaded with `loadMessages(lang)` before anything
 * renders in it: the entries await the page's language, the app loads another before switching
 * (`useLoadedLang`), tests load every language in their setup. Reading a language that is not
 * loaded throws, naming it, rather than rendering `undefined`.
 */
import { LANGS } from './lang.ts';
import { LOCALES, type Lang } from './locales.ts';
import type { Messages } from './locales/es.ts';

export type { Messages };

const loaded = new Map<Lang, Messages>();
const pending = new Map<Lang, Promise<Messages>>();
const listeners = new Set<() => void>();

export const MESSAGES: Readonly<Record<Lang, Messages>> = new Proxy({} as Record<Lang, Messages>, {
  get(_, lang) {
    const m = typeof lang === 'string' ? loaded.get(lang as Lang) : undefined;
    if (!m) throw new Error(`Messages for "${String(lang)}" are not loaded: await loadMessages("${String(lang)}") first.`);
    return m;
  },
  has: (_, lang) => typeof lang === 'string' && loaded.has(lang as Lang),
  ownKeys: () => [...loaded.keys()],
  getOwnPropertyDescriptor: (_, lang) =>
    typeof lang === 'string' && loaded.has(lang as Lang) ? { value: loaded.get(lang as Lang), enumerable: true, configurable: true } : undefined,
});

export function hasMessages(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Loads a language's messages once; later calls share the same promise. */
export function loadMessages(lang: Lang): Promise<Messages> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(lang);
  if (!promise) {
    promise = LOCALES[lang].load().then(({ default: m }) => {
      loaded.set(lang, m);
      pending.delete(lang);
      for (const listener of listeners) listener();
      return m;
    });
    pending.set(lang, promise);
  }
  return promise;
}

/** For tests and build scripts, which render every language. */
export function loadAllMessages(): Promise<Messages[]> {
  return Promise.all(LANGS.map(loadMessages));
}

/** Calls back whenever a language finishes loading (for `useSyncExternalStore`). */
export function onMessagesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
