// @vitest-environment jsdom
import { findCopy, isCopyShown } from './copies.ts';

afterEach(() => {
  document.body.innerHTML = '';
  delete document.documentElement.dataset.pv;
});

test('a copy is shown unless the head script found none that fits the URL', () => {
  expect(isCopyShown(document)).toBe(false); // no copies at all: a page rendered on the client
  document.body.innerHTML = '<div data-variant="0" data-key="es|"></div><div data-variant="1" data-key="en|"></div>';
  expect(isCopyShown(document)).toBe(true); // no head script: copy 0 shows
  document.documentElement.dataset.pv = '1';
  expect(isCopyShown(document)).toBe(true);
  document.documentElement.dataset.pv = 'none'; // e.g. ?v=gpus&scale=linear: a custom view
  expect(isCopyShown(document)).toBe(false);
  expect(findCopy(document, 'en|')?.dataset.variant).toBe('1');
});
