/**
 * The world pages' baseline: "Clusters over time" in its default view written by hand as one
 * <svg>, no script, no stylesheet request: the same marks (one shape per cluster, at the positions
 * the product's pure layout computes), trend and frontier lines, grid, labels, legend and captions,
 * with the light theme's colours inline. Pure: input in, HTML string out (clustersPage.test.ts).
 */
import type { Dataset } from '../../src/data/schema.ts';
import type { WorldData } from '../../src/data/epoch/worldTypes.ts';
import { formatCompact, formatInteger } from '../../src/i18n/format.ts';
import { MESSAGES } from '../../src/i18n/messages.ts';
import { clustersLayoutInput, clusterYear } from '../../src/charts/views/clusters/clusters.input.ts';
import { layoutClusters, SHAPE_OF, type ClustersLayout, type PlacedCluster, type Shape } from '../../src/charts/views/clusters/clusters.layout.ts';
import { clustersSeries, type Certainty } from '../../src/charts/views/clusters/clusters.series.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/view/viewState.ts';
import { PRERENDER_WIDTH } from './chartInput.ts';
import { handWrittenPage } from './staticPage.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 100) / 100);

/** Light-theme colours of src/index.css. */
const SECTOR: Record<string, string> = { public: '#0072b2', private: '#c24e00', 'public-private': '#7b4fa8' };
const TEXT = '#1b1d21';
const MUTED = '#555a63';
const GRID = '#dcdde0';

export interface ClustersInput {
  title: string;
  subtitle: string;
  layout: ClustersLayout;
}

/** "Clusters over time" in Spanish (its default view, or `patch` over it), laid out at the build-time width. */
export function clustersInput(world: WorldData, dataset: Dataset, patch: Partial<ViewState> = {}, width = PRERENDER_WIDTH): ClustersInput {
  const m = MESSAGES.es;
  const s = { ...DEFAULT_VIEW_STATE, ...patch };
  const series = clustersSeries(world, dataset, s);
  const input = clustersLayoutInput(series, world.snapshot, s.trendSelection, 'es', m);
  const layout = layoutClusters(input, width, (v) => formatCompact(v, 'es'));
  return { title: m.clusters.title, subtitle: m.clusters.subtitle(series.data.length, formatInteger(series.data.length, 'es')), layout };
}

/** Certainty as in the product: solid, faint or a dashed outline; planned hollow. */
function paint(sector: string | undefined, certainty: Certainty, isHollow: boolean): string {
  const colour = SECTOR[sector ?? ''] ?? MUTED;
  if (isHollow) return `fill="#fff" stroke="${colour}" stroke-width="1.5"`;
  if (certainty === 'confirmed') return `fill="${colour}" stroke="#fff" stroke-width="0.75"`;
  if (certainty === 'likely') return `fill="${colour}" fill-opacity="0.45" stroke="${colour}"`;
  return `fill="${colour}" fill-opacity="0.12" stroke="${colour}" stroke-width="1.25" stroke-dasharray="2 1.5"`;
}

function shape(kind: Shape, x: number, y: number, r: number, attrs: string): string {
  const s = r * 1.25;
  if (kind === 'circle') return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${attrs}/>`;
  if (kind === 'square') return `<rect x="${n(x - r * 0.9)}" y="${n(y - r * 0.9)}" width="${n(r * 1.8)}" height="${n(r * 1.8)}" ${attrs}/>`;
  const d = kind === 'diamond' ? `M${n(x)},${n(y - s)}L${n(x + s)},${n(y)}L${n(x)},${n(y + s)}L${n(x - s)},${n(y)}Z` : `M${n(x)},${n(y - s)}L${n(x + s)},${n(y + s * 0.8)}L${n(x - s)},${n(y + s * 0.8)}Z`;
  return `<path d="${d}" ${attrs}/>`;
}

/** The legend's swatch for a key, as the product's LegendSwatch draws it. */
function swatch(key: string, x: number, y: number): string {
  const [kind, value] = key.split(':') as [string, string | undefined];
  const cy = y - 4;
  if (kind === 'sector') return shape(value === 'none' ? 'triangle' : (SHAPE_OF[value ?? ''] ?? 'triangle'), x + 5, cy, 4.5, paint(value, 'confirmed', false));
  if (kind === 'cert') return shape('circle', x + 5, cy, 4.5, paint(undefined, value as Certainty, false));
  if (kind === 'planned') return shape('circle', x + 5, cy, 4.5, paint(undefined, 'confirmed', true));
  if (kind === 'trend') return `<line x1="${n(x)}" x2="${n(x + 10)}" y1="${n(cy)}" y2="${n(cy)}" stroke="${TEXT}" stroke-width="1.5" stroke-dasharray="5 3"/>`;
  return `<path d="M${n(x)},${n(cy + 3)}H${n(x + 5)}V${n(cy - 3)}H${n(x + 10)}" fill="none" stroke="${SECTOR[value ?? ''] ?? TEXT}" stroke-width="2"/>`;
}

function markShape(p: PlacedCluster): string {
  return shape(p.shape, p.cx, p.cy, p.r, paint(p.datum.sector, p.datum.certainty, p.isHollow));
}

function markLabel(p: PlacedCluster): string {
  return p.label
    ? `<text x="${n(p.label.x0)}" y="${n(p.label.y1 - 2)}" fill="${TEXT}" font-weight="600" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(p.datum.name)}</text>`
    : '';
}

const mark = (p: PlacedCluster) => markShape(p) + markLabel(p);

/** The chart's parts, in drawing order: grid, lines (frontiers and trends), words (legend and captions). */
function parts(l: ClustersLayout) {
  const { plot } = l;
  const xGrid = l.xTicks.map((t) => `<line x1="${n(t.at)}" x2="${n(t.at)}" y1="${plot.top}" y2="${plot.bottom}" stroke="${GRID}"/><text x="${n(t.at)}" y="${plot.bottom + 15}" text-anchor="middle" fill="${MUTED}">${clusterYear(t.value)}</text>`);
  const yGrid = l.yTicks.map((t) => `<line x1="${plot.left}" x2="${plot.right}" y1="${n(t.at)}" y2="${n(t.at)}" stroke="${GRID}"/><text x="${plot.left - 6}" y="${n(t.at)}" text-anchor="end" dominant-baseline="middle" fill="${MUTED}">${formatCompact(t.value, 'es')}</text>`);
  const lines = [
    ...l.frontiers.map((f) => `<path d="${f.d}" fill="none" stroke="${SECTOR[f.sector]}" stroke-width="2" stroke-opacity="0.85"/>`),
    ...l.trends.map((t) => `<line x1="${n(t.x1)}" y1="${n(t.y1)}" x2="${n(t.x2)}" y2="${n(t.y2)}" stroke="${SECTOR[t.sector]}" stroke-width="1.5" stroke-dasharray="6 4"/>`),
  ];
  const words = [
    ...l.legend.map((g) =>
      g.isOff
        ? `<g opacity="0.3">${swatch(g.key, g.x, g.y + 12)}</g><text x="${n(g.x + 16)}" y="${n(g.y + 12)}" font-size="11" fill="${MUTED}" text-decoration="line-through">${esc(g.label)}</text>`
        : `${swatch(g.key, g.x, g.y + 12)}<text x="${n(g.x + 16)}" y="${n(g.y + 12)}" font-size="11" fill="${TEXT}">${esc(g.label)}</text>`,
    ),
    ...l.captions.map((t) => `<text x="${n(t.x)}" y="${n(t.y + 12)}" font-size="11" fill="${t.isOff ? MUTED : TEXT}">${esc(t.text)}</text>`),
  ];
  return { grid: xGrid.join('') + yGrid.join(''), lines: lines.join(''), words: words.join('') };
}

const svgOpen = (c: ClustersInput) => `<svg role="img" aria-label="${esc(c.title)}" width="${c.layout.width}" height="${c.layout.height}" viewBox="0 0 ${c.layout.width} ${c.layout.height}" font-size="12">`;

export function clustersSvg(c: ClustersInput): string {
  const { grid, lines, words } = parts(c.layout);
  return `${svgOpen(c)}<g aria-hidden="true">${grid}${lines}</g><g>${c.layout.points.filter((p) => !p.isHidden).map(mark).join('')}</g><g aria-hidden="true">${words}</g></svg>`;
}

export function clustersPage(c: ClustersInput): string {
  return handWrittenPage({ lang: 'es', title: c.title, subtitle: c.subtitle, svg: clustersSvg(c) });
}

/**
 * The filter's baseline: the clusters chart at `all`'s layout, every mark drawn, a checkbox, and
 * the least script that switches the chart to `filtered` and back. Both layouts are computed here
 * (the product's pure layout); a change of the box hides or shows the marks the filter changes,
 * with SVG's `display` attribute as the product does, swaps the lines and the words (labels,
 * legend, captions) drawn for each state, and rewrites the subtitle. "A filter on a 1,000-mark
 * chart within 1.2× of the same change on a hand-written SVG page" (issue 10) compares the
 * product's clusters view with this page, clicked the same way (probe.ts timeToggle).
 * `legend` names the box's group, as the product's fieldset does, so one click target fits both.
 */
export function clustersFilterPage(all: ClustersInput, filtered: ClustersInput, legend: string, option: string): string {
  const a = all.layout;
  const b = filtered.layout;
  if (a.points.length !== b.points.length || a.points.some((p, i) => p.datum.id !== b.points[i]!.datum.id)) {
    throw new Error('the two layouts draw different marks: a filter keeps its frame');
  }
  if (a.points.some((p) => p.isHidden)) throw new Error('the unfiltered layout hides a mark');
  const hidden = b.points.flatMap((p, i) => (p.isHidden ? [i] : []));
  const shapes = a.points.map(markShape).join('');
  const labels = (l: ClustersLayout) => l.points.filter((p) => !p.isHidden).map(markLabel).join('');
  const pa = parts(a);
  const pb = parts(b);
  const svg =
    `<fieldset><legend>${esc(legend)}</legend><label><input type="checkbox"> ${esc(option)}</label></fieldset>` +
    svgOpen(all).replace('<svg ', `<svg style="width:${a.width}px" `) +
    `<g aria-hidden="true">${pa.grid}</g><g id="lines-a" aria-hidden="true">${pa.lines}</g><g id="lines-b" aria-hidden="true" display="none">${pb.lines}</g>` +
    `<g id="marks">${shapes}</g>` +
    `<g id="words-a" aria-hidden="true">${labels(a)}${pa.words}</g><g id="words-b" aria-hidden="true" display="none">${labels(b)}${pb.words}</g></svg>`;
  // `<` escaped so no text can close the script element.
  const data = JSON.stringify({ hidden, subtitles: [all.subtitle, filtered.subtitle] }).replace(/</g, '\\u003c');
  const script = `<script>
const D = ${data};
const marks = document.getElementById('marks').children, box = document.querySelector('input'), subtitle = document.querySelector('figure p');
const groups = [['lines-a', 'lines-b'], ['words-a', 'words-b']].map((ids) => ids.map((id) => document.getElementById(id)));
box.addEventListener('change', () => {
  const on = box.checked;
  for (const i of D.hidden) on ? marks[i].setAttribute('display', 'none') : marks[i].removeAttribute('display');
  for (const [off, filtered] of groups) { (on ? off : filtered).setAttribute('display', 'none'); (on ? filtered : off).removeAttribute('display'); }
  subtitle.textContent = D.subtitles[on ? 1 : 0];
});
</script>`;
  return handWrittenPage({ lang: 'es', title: all.title, subtitle: all.subtitle, svg }).replace('</body>', `${script}\n</body>`);
}
