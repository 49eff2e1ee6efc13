/**
 * Loading on demand. Runs in its own module graph (vi.resetModules), so no language is loaded
 * yet, unlike every other test (tests/setup.ts loads them all).
 */
import { beforeEach, vi } from 'vitest';

beforeEach(() => vi.resetModules());

test('a language is readable only once loaded, and loading it leaves the others unloaded', async () => {
  const { MESSAGES, hasMessages, loadMessages } = await import('./messages.ts');
  expect(() => MESSAGES.en).toThrow(/"en" are not loaded/);
  const en = await loadMessages('en');
  expect(MESSAGES.en).toBe(en);
  expect(en.appName).toBe('Compute Atlas');
  expect(hasMessages('es')).toBe(false);
});

test('a part not loaded throws naming the language and the part, never reads as undefined; loading it makes it readable in that language only', async () => {
  const { MESSAGES, hasMessages, loadMessages } = await import('./messages.ts');
  const es = await loadMessages('es');
  expect(() => es.whatif.title).toThrow('Messages part "whatif" for "es" is not loaded');
  // Spreading the messages (as a component may, to override one string) copies the core only.
  expect(() => ({ ...es, loading: '…' })).not.toThrow();
  await loadMessages('es', ['whatif']);
  expect(MESSAGES.es.whatif.title('DeepSeek-V3')).toBe('¿Cuánto se tardaría en entrenar DeepSeek-V3?');
  expect(hasMessages('es', ['whatif'])).toBe(true);
  expect(hasMessages('es', ['whatif', 'compare'])).toBe(false);
  await loadMessages('en');
  expect(() => MESSAGES.en.whatif).toThrow('Messages part "whatif" for "en" is not loaded');
});

test('a view\'s parts load in every language on the page or on its way, and count as used', async () => {
  const { hasMessages, loadMessages, loadParts, usedParts } = await import('./messages.ts');
  await loadMessages('es');
  const switching = loadMessages('en');
  await loadParts(['top500']);
  await switching;
  expect(hasMessages('es', ['top500'])).toBe(true);
  expect(hasMessages('en', ['top500'])).toBe(true);
  expect(usedParts()).toEqual(['top500']);
});

test('loadAllMessages loads every part of every language, as tests and the build need', async () => {
  const { LANGS } = await import('./lang.ts');
  const { hasMessages, loadAllMessages, PART_NAMES } = await import('./messages.ts');
  await loadAllMessages();
  for (const lang of LANGS) expect(hasMessages(lang, PART_NAMES)).toBe(true);
});

test('concurrent loads of one language share one request and tell listeners once', async () => {
  const { loadMessages, onMessagesLoaded } = await import('./messages.ts');
  const heard = vi.fn();
  onMessagesLoaded(heard);
  const [a, b] = await Promise.all([loadMessages('es'), loadMessages('es')]);
  expect(a).toBe(b);
  expect(heard).toHaveBeenCalledTimes(1);
});

test('a failed load is forgotten, so a retry asks again', async () => {
  const { LOCALES } = await import('./locales.ts');
  const real = LOCALES.es.parts.where;
  const flaky = vi.spyOn(LOCALES.es.parts, 'where').mockRejectedValueOnce(new Error('offline'));
  const { hasMessages, loadMessages } = await import('./messages.ts');
  await expect(loadMessages('es', ['where'])).rejects.toThrow('offline');
  flaky.mockImplementation(real);
  await loadMessages('es', ['where']);
  expect(hasMessages('es', ['where'])).toBe(true);
});
