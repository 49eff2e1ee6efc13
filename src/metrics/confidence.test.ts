import { CONFIDENCES } from '../data/schema.ts';
import { CONFIDENCE_ORDER, weakestConfidence } from './confidence.ts';

test('the local order is the schema order', () => {
  expect(CONFIDENCE_ORDER).toEqual(CONFIDENCES);
});

test('a value derived from an estimate is an estimate; a claim is weakest', () => {
  expect(weakestConfidence('official', 'estimate', 'reported')).toBe('estimate');
  expect(weakestConfidence('claim', 'official')).toBe('claim');
  expect(weakestConfidence()).toBe('official');
});
