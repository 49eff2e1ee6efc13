/**
 * The interface strings of every loaded language: `MESSAGES[lang]`. Each language is a core chunk
 * (the shell, the default view, search, frames) plus parts, one chunk per view section
 * (`locales.ts`). `loadMessages(lang, parts)` loads them before anything renders with them: the
 * entries await the page's language, a view's loader awaits its parts (`loadParts`), the app loads
 * another language with every part the page uses before switching (`useLoadedLang`), tests and
 * build scripts load everything. Reading a language or a part that is not loaded throws, naming
 * both, rather than rendering `undefined`.
 */
import { DEFAULT_LANG, LANGS } from './lang.ts';
import { LOCALES, type Lang } from './locales.ts';
import type { CoreMessages, MessageParts, Messages, PartName } from './locales/es.ts';

export type { Messages, PartName };

/** Every part, in the table's order. */
export const PART_NAMES = Object.keys(LOCALES[DEFAULT_LANG].parts) as PartName[];

/** Each loaded language's messages: its core, and a getter per part that reads `parts`. */
const assembled = new Map<Lang, Messages>();
const parts = new Map<Lang, Map<PartName, MessageParts[PartName]>>();
const pending = new Map<string, Promise<void>>();
/** Parts asked for in any language: the parts the page uses, which another language must have before it is shown. */
const used = new Set<PartName>();
const listeners = new Set<() => void>();

export const MESSAGES: Readonly<Record<Lang, Messages>> = new Proxy({} as Record<Lang, Messages>, {
  get(_, lang) {
    const m = typeof lang === 'string' ? assembled.get(lang as Lang) : undefined;
    if (!m) throw new Error(`Messages for "${String(lang)}" are not loaded: await loadMessages("${String(lang)}") first.`);
    return m;
  },
  has: (_, lang) => typeof lang === 'string' && assembled.has(lang as Lang),
  ownKeys: () => [...assembled.keys()],
  getOwnPropertyDescriptor: (_, lang) =>
    typeof lang === 'string' && assembled.has(lang as Lang) ? { value: assembled.get(lang as Lang), enumerable: true, configurable: true } : undefined,
});

function partOf(lang: Lang, part: PartName): MessageParts[PartName] {
  const value = parts.get(lang)?.get(part);
  if (value === undefined) {
    throw new Error(`Messages part "${part}" for "${lang}" is not loaded: list it in its view's \`messages\` (src/view/views.ts), or await loadMessages("${lang}", ["${part}"]) first.`);
  }
  return value;
}

/**
 * A copy of the core with a getter per part. The getters are not enumerable, so spreading the
 * messages (`{ ...m, loading }`) copies the core and never reads a part that is not loaded.
 */
function assemble(lang: Lang, core: CoreMessages): Messages {
  const m = { ...core };
  for (const part of PART_NAMES) Object.defineProperty(m, part, { get: () => partOf(lang, part), enumerable: false });
  return m as Messages;
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** Runs `load` once per key; a failure is forgotten, so a retry asks again. */
function once(key: string, load: () => Promise<void>): Promise<void> {
  let promise = pending.get(key);
  if (!promise) {
    promise = load();
    pending.set(key, promise);
    promise.catch(() => pending.delete(key));
  }
  return promise;
}

function loadCore(lang: Lang): Promise<void> {
  if (assembled.has(lang)) return Promise.resolve();
  return once(lang, () =>
    LOCALES[lang].load().then(({ default: core }) => {
      assembled.set(lang, assemble(lang, core));
      notify();
    }),
  );
}

function loadPart(lang: Lang, part: PartName): Promise<void> {
  if (parts.get(lang)?.has(part)) return Promise.resolve();
  return once(`${lang}/${part}`, () =>
    LOCALES[lang].parts[part]().then(({ default: value }) => {
      let loaded = parts.get(lang);
      if (!loaded) parts.set(lang, (loaded = new Map()));
      loaded.set(part, value);
      notify();
    }),
  );
}

export function hasMessages(lang: Lang, wanted: readonly PartName[] = []): boolean {
  const loaded = parts.get(lang);
  return assembled.has(lang) && wanted.every((part) => loaded?.has(part) === true);
}

/** Loads a language's core and the given parts, each once; later calls share the same promises. */
export function loadMessages(lang: Lang, wanted: readonly PartName[] = []): Promise<Messages> {
  for (const part of wanted) used.add(part);
  return Promise.all([loadCore(lang), ...wanted.map((part) => loadPart(lang, part))]).then(() => MESSAGES[lang]);
}

/**
 * Loads parts in every language the page has loaded or is loading (one, or two while switching),
 * for a view about to render: it renders in whichever of them is shown.
 */
export function loadParts(wanted: readonly PartName[]): Promise<void> {
  const langs = LANGS.filter((lang) => assembled.has(lang) || pending.has(lang));
  return Promise.all(langs.map((lang) => loadMessages(lang, wanted))).then(() => undefined);
}

/** The parts asked for so far, in any language: what a language must have before the page shows it. */
export function usedParts(): PartName[] {
  return [...used];
}

/** For tests and build scripts, which render every language and every view. */
export function loadAllMessages(): Promise<Messages[]> {
  return Promise.all(LANGS.map((lang) => loadMessages(lang, PART_NAMES)));
}

/** Calls back whenever a language or a part finishes loading (for `useSyncExternalStore`). */
export function onMessagesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
