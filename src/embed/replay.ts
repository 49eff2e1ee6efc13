/**
 * Once React has taken a prerendered page over: hand it what the reader did while it loaded
 * (intent.ts held it). Shared by the embed (main.tsx) and the dashboard (src/app/main.tsx).
 */
import type { HeldInput } from './intent.ts';

/** Resolves once React has committed the page (ReadyMark sets `<html data-ready>`), or whatever `mark` says. */
export function committed(html: HTMLElement, mark = 'data-ready'): Promise<void> {
  if (html.hasAttribute(mark)) return Promise.resolve();
  return new Promise((resolve) => {
    const mo = new MutationObserver(() => {
      if (!html.hasAttribute(mark)) return;
      mo.disconnect();
      resolve();
    });
    mo.observe(html, { attributes: true, attributeFilter: [mark] });
  });
}

/**
 * The reader may have hovered or focused a mark while React was loading (that is what loaded
 * it): send the current hover and focus again, so that mark's tooltip opens.
 */
export function replayPointerAndFocus(doc: Document): void {
  const hovered = [...doc.querySelectorAll(':hover')].pop();
  hovered?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: null }));
  const focused = doc.activeElement;
  if (focused && focused !== doc.body) focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
}

/**
 * Keys pressed before React was there (an arrow key to move to the next bar) reached no handler:
 * press them again, in order, on whatever has focus now, which React handles once hydrated.
 */
export function replayKey(doc: Document, e: KeyboardEvent): void {
  const target = doc.activeElement ?? doc.body;
  const { key, code, shiftKey, altKey, ctrlKey, metaKey } = e;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, altKey, ctrlKey, metaKey, bubbles: true, cancelable: true }));
}

/** Fields whose value the reader can change without a click: typed text, a slider, a month, a menu. */
const FIELDS = 'input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"]), select, textarea';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The value a field was prerendered with. */
function prerenderedValue(field: Field): string {
  if (field instanceof HTMLSelectElement) {
    const option = [...field.options].find((o) => o.defaultSelected) ?? field.options[0];
    return option?.value ?? '';
  }
  return field.defaultValue;
}

/**
 * Text typed into a field (or a slider moved) before React was there is in the field, but not in
 * React's state: React keeps what the DOM holds when it hydrates, and would only learn of the text
 * on the next key. Tell it now, as the browser would have: the field goes back to its prerendered
 * value through its own setter (which React watches), the typed value is set under React's watch
 * (the prototype's setter), and an `input` event lets React see the difference and call onChange.
 * Only the fields in `changed` (the reader's input events, intent.ts). Returns those handed over.
 */
export function handFieldsToReact(changed: Iterable<Element>): Element[] {
  const handed: Element[] = [];
  for (const field of changed) {
    // Only a field still on the page (hydrated, not rendered again) and only what the reader
    // changed: a browser may adjust a value by itself (a slider rounds 38.5 to its step).
    if (!field.isConnected || !field.matches(FIELDS)) continue;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement)) continue;
    const typed = field.value;
    const initial = prerenderedValue(field);
    if (typed === initial) continue;
    // React may not have hydrated the field's part of the page yet (a Suspense boundary hydrates
    // after the first commit); an event it listens for makes it do so now. A `change` that changes
    // nothing calls no handler.
    field.dispatchEvent(new Event('change'));
    field.value = initial;
    const proto = Object.getPrototypeOf(field) as object;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, typed);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    handed.push(field);
  }
  return handed;
}

/** Keys a field acted on by itself (typing, moving a slider): handed over as its value instead. */
function isFieldsOwnKey(e: KeyboardEvent): boolean {
  const t = e.target;
  if (!(t instanceof Element) || !t.matches(FIELDS)) return false;
  const isTextBox = t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && ['text', 'search', ''].includes(t.getAttribute('type') ?? ''));
  // A search box's own keys: moving through its results, choosing one, closing them.
  return !(isTextBox && ['ArrowDown', 'ArrowUp', 'Enter', 'Escape'].includes(e.key));
}

/**
 * Everything held, in the order a reader would expect it to act: fields first (what was typed is
 * there before a key acts on it), then the hover and focus, the clicks, and the keys. Tab already
 * moved the focus, and a field's own keys are in its value, so neither is pressed again.
 */
export function replayHeld(doc: Document, held: HeldInput): void {
  handFieldsToReact(held.fields);
  replayPointerAndFocus(doc);
  for (const el of held.clicks) {
    if (!el.isConnected) continue;
    // As for fields: a checkbox is checked before its click is sent, so React must have hydrated
    // it before, or it would take the new state for the prerendered one and call no handler.
    el.dispatchEvent(new Event('change'));
    // A chart mark is SVG, which has no click(): the same event, sent by hand.
    if (el instanceof HTMLElement) el.click();
    else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  }
  for (const e of held.keys) if (e.key !== 'Tab' && !isFieldsOwnKey(e)) replayKey(doc, e);
}
