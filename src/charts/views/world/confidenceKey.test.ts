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
