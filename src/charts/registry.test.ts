import { VIEW_TABLE } from '../view/views.ts';
import { CHART_IDS, CHARTS } from './registry.ts';

describe('chart registry', () => {
  it('has an entry for every view of the table that draws a chart, and no other', () => {
    expect(Object.keys(CHARTS)).toEqual(VIEW_TABLE.filter((row) => row.hasChart).map((row) => row.id));
    expect(Object.keys(CHARTS)).toEqual([...CHART_IDS]);
  });

  it('loads a component for every chart', async () => {
    for (const id of CHART_IDS) expect(typeof (await CHARTS[id].load())).toBe('function');
  });

  it('takes variants and the world flag from the table', () => {
    for (const row of VIEW_TABLE.filter((r) => r.hasChart)) {
      const entry = CHARTS[row.id as keyof typeof CHARTS];
      expect(entry.needsWorld).toBe(row.needsWorld);
      expect(entry.variants).toBe('variants' in row ? row.variants : undefined);
    }
  });
});
