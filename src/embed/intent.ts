/**
 * Loading on intent, shared by the two boot scripts (the embed's and the dashboard's): a
 * prerendered page is already painted from HTML, so React and the chart code load only when the
 * reader reaches for the page — never on idle, so a reader who only reads downloads none of it.
 *
 * Whatever the reader does between reaching and React's first commit (about a second on a phone
 * on 4G) would reach no handler: a tap on a toggle, a key on a chart. `holdInput` keeps those
 * clicks and keys, without their default actions, so replay.ts can press them again once React has
 * taken the page over; the text typed into a field stays in it and is handed to React then.
 *
 * Pure DOM, no imports: it is part of the small chunk both boot scripts load (vite.config.ts).
 */

/**
 * Signs that the reader is about to use the page: load the interactive version now. `click` too:
 * a screen reader's "activate" may send one with no pointer or key event before it.
 */
export const TRIGGERS = ['pointerover', 'pointermove', 'pointerdown', 'focusin', 'keydown', 'touchstart', 'click'] as const;

/** Calls `start` once, on the first of the TRIGGERS, with the event that fired it. */
export function onFirstReach(win: Window, start: (trigger: Event) => void): void {
  const once = (e: Event) => {
    for (const t of TRIGGERS) win.removeEventListener(t, once, true);
    start(e);
  };
  for (const t of TRIGGERS) win.addEventListener(t, once, { capture: true, passive: true });
}

/** Input held back until React is there: the reader's keys, and the controls clicked, in order. */
export interface HeldInput {
  keys: KeyboardEvent[];
  clicks: Element[];
  /** Fields the reader changed by typing or dragging (their new value is in them). */
  fields: Set<Element>;
}

/**
 * What a click can be meant for on a prerendered page that only the app can do: controls and
 * chart marks. Not links: the browser follows them without the app (a view's tab opens its
 * prerendered page), and holding one would lose it if the app failed to load.
 */
export const CLICKABLE = 'button, input, select, textarea, label, summary, [role="button"], [role="tab"], [role="option"], [tabindex]:not(a)';

/**
 * Keeps the reader's clicks on controls (their default action prevented: a checkbox that toggled
 * before React could disagree with the chart) and every key, from now until `release()`. Started
 * as soon as the boot script runs, before the reader reaches: the press that starts the load is
 * the first one held.
 * `<html data-hold>` tells the CSS that the prerendered controls may take clicks (prerender.css).
 * Only the reader's own events (`isReaders`; a test's are synthetic too): the ones replayed later
 * are synthetic and pass through.
 */
/** What holdInput returns: the input held so far, and the way to stop holding. */
export interface Hold {
  held: HeldInput;
  release: () => void;
}

export function holdInput(doc: Document, isReaders: (e: Event) => boolean = (e) => e.isTrusted): Hold {
  const held: HeldInput = { keys: [], clicks: [], fields: new Set() };
  const onClick = (e: MouseEvent) => {
    if (!isReaders(e) || !(e.target instanceof Element)) return;
    const control = e.target.closest(CLICKABLE);
    if (!control || e.target.closest('a[href]')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    held.clicks.push(control);
  };
  const onKey = (e: KeyboardEvent) => {
    if (isReaders(e)) held.keys.push(e);
  };
  const onInput = (e: Event) => {
    if (isReaders(e) && e.target instanceof Element) held.fields.add(e.target);
  };
  const html = doc.documentElement;
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('input', onInput, true);
  html.dataset.hold = '';
  return {
    held,
    release() {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('input', onInput, true);
      delete html.dataset.hold;
    },
  };
}
