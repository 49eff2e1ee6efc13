import { weakestConfidence } from './confidence.ts';

test('a value derived from an estimate is an estimate; a claim is weakest', () => {
  expect(weakestConfidence('official', 'estimate', 'reported')).toBe('estimate');
  expect(weakestConfidence('claim', 'official')).toBe('claim');
  expect(weakestConfidence()).toBe('official');
});
