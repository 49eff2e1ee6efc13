import { MESSAGES } from '../../../i18n/messages.ts';
import { confidenceKey } from './confidenceKey.ts';

const en = MESSAGES.en;

test('official and reported, drawn alike, share one entry; estimate and claim follow in the atlas order', () => {
  expect(confidenceKey(new Set(['claim', 'reported', 'official', 'estimate']), en).map((e) => [e.label, e.confidence])).toEqual([
    ['Official / Reported', 'official'],
    ['Estimate', 'estimate'],
    ['Claim', 'claim'],
  ]);
});

test('only the confidences present get an entry', () => {
  expect(confidenceKey(new Set(['reported']), en).map((e) => e.label)).toEqual(['Reported']);
  expect(confidenceKey(new Set(['estimate']), en).map((e) => e.label)).toEqual(['Estimate']);
  expect(confidenceKey(new Set(), en)).toEqual([]);
});

test('with what a filter shows, an entry none of whose confidences is shown is off; the shared entry is on while either is', () => {
  const all = new Set(['official', 'reported', 'estimate'] as const);
  const off = (shown: ReadonlySet<'official' | 'reported' | 'estimate'>) => confidenceKey(all, en, shown).map((e) => [e.label, e.isOff]);
  expect(off(new Set(['reported']))).toEqual([['Official / Reported', false], ['Estimate', true]]);
  expect(off(new Set(['estimate']))).toEqual([['Official / Reported', true], ['Estimate', false]]);
  expect(confidenceKey(all, en).some((e) => 'isOff' in e)).toBe(false);
});
