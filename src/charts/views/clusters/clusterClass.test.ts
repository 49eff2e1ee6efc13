import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import postcss from 'postcss';
import { clusterClass, clusterStyle } from './ClustersChart.tsx';
import { CERTAINTIES } from '../../../view/viewState.ts';

// The screen paints marks by class (src/index.css), images by inline style: both must draw the same mark.
const css = postcss.parse(readFileSync(resolve(import.meta.dirname, '../../../index.css'), 'utf8'));

/** The declarations the stylesheet gives an element with these classes (later rules win), --k resolved. */
function painted(classes: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  css.walkRules((rule) => {
    if (!rule.selectors.some((s) => /^\.cl-[\w-]+$/.test(s) && classes.includes(s.slice(1)))) return;
    rule.walkDecls((d) => {
      out[d.prop] = d.value;
    });
  });
  for (const [k, v] of Object.entries(out)) out[k] = v.replace('var(--k)', out['--k'] ?? '');
  delete out['--k'];
  delete out.cursor;
  delete out.outline;
  return out;
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

test.each(['public', 'private', 'public-private', undefined])('sector %s: every certainty, planned or not, looks the same by class as by style', (sector) => {
  for (const certainty of CERTAINTIES)
    for (const isHollow of [false, true]) {
      const style = Object.fromEntries(Object.entries(clusterStyle(sector, certainty, isHollow)).map(([k, v]) => [kebab(k), String(v)]));
      const byClass = painted(clusterClass(sector, certainty, isHollow).split(' '));
      // A style that leaves fill-opacity out means 1.
      if (!('fill-opacity' in style) && byClass['fill-opacity'] === '1') delete byClass['fill-opacity'];
      expect(byClass, `${certainty}${isHollow ? ', planned' : ''}`).toEqual(style);
    }
});
