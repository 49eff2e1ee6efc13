/**
 * Issue 11 asks hover and filters on the world charts to answer in the next frame "at 1,000
 * marks"; Epoch's clusters draw 572 at most (every status shown). This is the world data with
 * clusters copied in turn until the chart draws `target` marks. A copy keeps its row's
 * date, sector, status, certainty, region and vendor, so each filter hides about the same share as on
 * the real data; it is 15 % larger, so it is not drawn exactly under its original; and it matches
 * no curated system, so it adds no label. The bench serves it from a copy of the site.
 */
import { isDrawable } from '../../src/charts/views/clusters/clusters.series.ts';
import type { WorldCluster, WorldData } from '../../src/data/epoch/worldTypes.ts';

export function scaledWorld(world: WorldData, target: number): WorldData {
  const drawable = world.clusters.filter(isDrawable);
  if (drawable.length === 0) throw new Error('no cluster with a date and a size to copy');
  const copies: WorldCluster[] = [];
  for (let i = 0; drawable.length + copies.length < target; i++) {
    const c = drawable[i % drawable.length]!;
    const round = Math.floor(i / drawable.length) + 1;
    const { curatedId: _, ...rest } = c;
    copies.push({ ...rest, id: `${c.id}--copy-${round}`, name: `${c.name} (copy ${round})`, h100e: { ...c.h100e!, value: c.h100e!.value * 1.15 ** round }, duplicateOf: [] });
  }
  return { ...world, clusters: [...world.clusters, ...copies] };
}
