import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHART_IDS, CHARTS } from '../src/charts/registry.ts';
import { panelModuleOf } from './vitePluginEmbed.ts';

describe('panelModuleOf', () => {
  const source = readFileSync(resolve(__dirname, '../src/charts/registry.ts'), 'utf8');

  it.each(CHART_IDS.filter((c) => CHARTS[c]))('finds the module the registry loads for %s (its chunk is preloaded)', (chart) => {
    const module = panelModuleOf(source, chart);
    expect(module).toMatch(/\.tsx?$/);
    expect(existsSync(resolve(__dirname, '../src/charts', module!))).toBe(true);
  });

  it('finds nothing for a chart without an entry', () => {
    expect(panelModuleOf(source, 'nope')).toBeNull();
  });
});
