/**
 * The `pin=` parameter: order kept, repeats dropped, at most MAX_PINS, curated ids checked at
 * once and Epoch ids once the world data is known.
 */
import fc from 'fast-check';
import { DEFAULT_VIEW_STATE, MAX_PINS, parseViewState, serialiseViewState, type ParseContext } from './viewState.ts';
import { idArb } from './viewStateArbitraries.ts';

const curated: ParseContext = { pinIds: new Set(['marenostrum-5-acc', 'h100-sxm5-64gb', 'alia-40b']) };
const withWorld: ParseContext = { ...curated, worldPinIds: new Set(['xai-colossus-memphis-phase-1', 'gpt-4o', 'h200']) };

test('keeps the reader’s order, drops repeats and empty items, and writes `~` lists', () => {
  const { state, ignored } = parseViewState('?pin=alia-40b~marenostrum-5-acc~~alia-40b', curated);
  expect(state.pins).toEqual(['alia-40b', 'marenostrum-5-acc']);
  expect(ignored).toEqual([]);
  expect(serialiseViewState(state)).toBe('?pin=alia-40b~marenostrum-5-acc');
});

test('no pins is the bare URL', () => {
  expect(DEFAULT_VIEW_STATE.pins).toEqual([]);
  expect(serialiseViewState({ ...DEFAULT_VIEW_STATE, pins: [] })).toBe('');
});

test('Epoch ids wait for the world data; then unknown ones are dropped with a notice', () => {
  const search = '?pin=gpt-4o~ghost~marenostrum-5-acc~Bad_Id';
  const early = parseViewState(search, curated);
  expect(early.state.pins).toEqual(['gpt-4o', 'ghost', 'marenostrum-5-acc']);
  expect(early.ignored).toEqual([{ param: 'pin', value: 'Bad_Id', reason: 'invalid-value' }]);
  const late = parseViewState(search, withWorld);
  expect(late.state.pins).toEqual(['gpt-4o', 'marenostrum-5-acc']);
  expect(late.ignored).toEqual([
    { param: 'pin', value: 'ghost', reason: 'unknown-id' },
    { param: 'pin', value: 'Bad_Id', reason: 'invalid-value' },
  ]);
});

test(`at most ${MAX_PINS} pins; the rest are reported in one line`, () => {
  const ids = Array.from({ length: MAX_PINS + 3 }, (_, i) => `p${i}`);
  const { state, ignored } = parseViewState(`?pin=${ids.join('~')}`);
  expect(state.pins).toEqual(ids.slice(0, MAX_PINS));
  expect(ignored).toEqual([{ param: 'pin', value: ids.slice(MAX_PINS).join('~'), reason: 'too-long' }]);
});

test('property: parse keeps the first occurrence of each well-formed id, in order, capped; it round-trips', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(idArb, fc.constantFrom('', 'UPPER', 'a_b', '-x')), { maxLength: 30 }), (items) => {
      const { state } = parseViewState(`?pin=${items.map(encodeURIComponent).join('~')}`);
      const expected = [...new Set(items.filter((x) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(x) && x.length <= 64))].slice(0, MAX_PINS);
      expect(state.pins).toEqual(expected);
      expect(parseViewState(serialiseViewState(state))).toEqual({ state, ignored: [] });
    }),
    { numRuns: 300 },
  );
});

test('property: with the world known, every kept pin is a known id', () => {
  const known = [...curated.pinIds!, ...withWorld.worldPinIds!];
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...known), idArb), { maxLength: 20 }), (items) => {
      const { state } = parseViewState(`?pin=${items.join('~')}`, withWorld);
      expect(state.pins.every((id) => known.includes(id))).toBe(true);
      expect(state.pins).toEqual([...new Set(items.filter((x) => known.includes(x)))].slice(0, MAX_PINS));
    }),
  );
});
