/**
 * Chips over time: each accelerator of Epoch's hardware list with a release date and a peak
 * dense figure (BF16, or FP8 when the URL asks), in FLOP/s. A chip the curated data also has
 * (`curatedId`, from data/epoch/matches.json) is the post's: labelled, and its curated figure
 * wins, with Epoch's beside it when they differ. Vendor by colour and shape: the most
 * frequent vendors get their own, the rest share "others". Pure.
 */
import type { Dataset, Hardware } from '../../../data/schema.ts';
import type { WorldChip, WorldData, WorldFigure } from '../../../data/epoch/worldTypes.ts';
import { isolate } from '../../../data/text.ts';
import { formatDate, formatNumber, formatUnitValue, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { figureSources, pointDetails, type DataPoint } from '../../frame/dataPoint.ts';
import { MARK_SHAPES, type TimeMarkDatum } from '../../kinds/timeScatter.layout.ts';
import { epochSource } from '../world/epochSource.ts';

export type ChipBasis = 'bf16' | 'fp8';
/** Vendors with a colour and shape of their own; one slot is kept for "others". */
const OWN_VENDORS = MARK_SHAPES.length - 1;
const TERA = 1e12;

export interface VendorKey {
  vendor: string;
  colour: number;
  shape: (typeof MARK_SHAPES)[number];
  count: number;
}

export interface ChipsOverTime {
  marks: TimeMarkDatum[];
  points: DataPoint[];
  vendors: VendorKey[];
  post: { name: string; value: number }[];
  fastest?: { name: string; value: number; date: string };
}

const epochFigure = (c: WorldChip, basis: ChipBasis): WorldFigure | undefined => (basis === 'bf16' ? c.bf16Flops : c.fp8Flops);
const curatedFigure = (h: Hardware | undefined, basis: ChipBasis) => (basis === 'bf16' ? h?.bf16DenseTflops : h?.fp8DenseTflops);

/** "989 TFLOP/s": accelerators are compared in TFLOP/s, the unit the curated data uses. */
export const formatTflops = (flops: number, lang: Lang) => formatUnitValue(flops / TERA, 'TFLOP/s', lang);

/**
 * Vendors by how many chips each has a figure for on either basis, then name: stable for a given
 * data file, and the same for BF16 and FP8, so a vendor keeps its colour and shape when the reader
 * switches (ranked on the shown basis alone, AMD went from grey triangle to orange square).
 */
function rankVendors(world: WorldData, hardware: ReadonlyMap<string, Hardware>, other: string): string[] {
  const counts = new Map<string, number>();
  for (const c of world.chips) {
    const h = c.curatedId ? hardware.get(c.curatedId) : undefined;
    const has = (b: ChipBasis) => ((curatedFigure(h, b)?.value ?? epochFigure(c, b)?.value) ?? 0) > 0;
    if (!c.releaseDate || !(has('bf16') || has('fp8'))) continue;
    const vendor = c.manufacturer ?? other;
    counts.set(vendor, (counts.get(vendor) ?? 0) + 1);
  }
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
}

/** `pins`: the reader's pinned ids; a pinned chip (by Epoch's id or the curated one) is labelled first and drawn larger. */
export function chipsOverTime(d: Dataset, world: WorldData, basis: ChipBasis, lang: Lang, m: Messages, w: Messages['worldCharts'], pins: readonly string[] = []): ChipsOverTime {
  const pinned = new Set(pins);
  const hardware = new Map(d.hardware.map((h) => [h.id, h]));
  const src = epochSource('ml-hardware', lang);
  const rows = world.chips.flatMap((c) => {
    const h = c.curatedId ? hardware.get(c.curatedId) : undefined;
    const cf = curatedFigure(h, basis);
    const ef = epochFigure(c, basis);
    const value = cf ? cf.value * TERA : ef?.value;
    if (!c.releaseDate || !value || !(value > 0)) return [];
    return [{ c, h, cf, ef, value, vendor: c.manufacturer ?? w.otherVendor }];
  });
  const ranked = rankVendors(world, hardware, w.otherVendor);
  const own = new Map(ranked.slice(0, OWN_VENDORS).map((v, i) => [v, i]));
  const shown = new Map<string, number>();
  for (const r of rows) shown.set(r.vendor, (shown.get(r.vendor) ?? 0) + 1);
  const others = [...shown].reduce((n, [v, k]) => (own.has(v) ? n : n + k), 0);
  const vendors: VendorKey[] = [
    ...ranked.slice(0, OWN_VENDORS).flatMap((vendor, i) => (shown.has(vendor) ? [{ vendor, colour: i, shape: MARK_SHAPES[i]!, count: shown.get(vendor)! }] : [])),
    ...(others ? [{ vendor: w.otherVendor, colour: OWN_VENDORS, shape: MARK_SHAPES[OWN_VENDORS]!, count: others }] : []),
  ];

  const marks: TimeMarkDatum[] = [];
  const points: DataPoint[] = [];
  const post: ChipsOverTime['post'] = [];
  let fastest: ChipsOverTime['fastest'];
  for (const r of rows) {
    const slot = own.get(r.vendor) ?? OWN_VENDORS;
    const name = r.h?.shortName ?? r.c.name;
    const price = r.c.releasePriceUsd;
    const confidence = r.cf?.confidence ?? r.ef!.confidence;
    const valueText = formatTflops(r.value, lang);
    const point: DataPoint = {
      id: r.c.id,
      name,
      value: r.value / TERA,
      unit: 'TFLOP/s',
      asOf: r.c.releaseDate!,
      confidence,
      sources: [...(r.cf ? figureSources(d, [r.cf]) : []), src],
      notes: r.cf?.note ? [r.cf.note] : [],
      columns: [
        { key: 'vendor', label: w.vendor, value: r.vendor, raw: r.vendor },
        { key: 'release_price_usd', label: w.price, value: price ? `${formatNumber(price.value, lang, { maxFractionDigits: 0 })}\u00a0US$` : w.noPrice, raw: price ? String(price.value) : '' },
        ...(r.cf && r.ef && Math.abs(r.cf.value * TERA - r.ef.value) / r.ef.value > 0.005
          ? [{ key: 'epoch_tflops', label: w.epochValue, value: formatTflops(r.ef.value, lang), raw: String(r.ef.value / TERA) }]
          : []),
      ],
    };
    points.push(point);
    marks.push({
      id: r.c.id,
      label: name,
      date: r.c.releaseDate!,
      value: r.value,
      colour: slot,
      shape: MARK_SHAPES[slot]!,
      confidence,
      isLabelled: r.h !== undefined,
      isHighlighted: pinned.has(r.c.id) || (r.h !== undefined && pinned.has(r.h.id)),
      details: pointDetails(point, valueText, lang, m),
      ariaLabel: `${name} (${r.vendor}): ${valueText}, ${formatDate(r.c.releaseDate!, lang)}`,
    });
    if (r.h) post.push({ name, value: r.value });
    if (!fastest || r.value > fastest.value) fastest = { name, value: r.value, date: r.c.releaseDate! };
  }
  return { marks, points, vendors, post, ...(fastest ? { fastest } : {}) };
}

export function chipsDescription(v: ChipsOverTime, basisLabel: string, lang: Lang, w: Messages['worldCharts']): string {
  const top = v.fastest ? w.largest(isolate(v.fastest.name), formatTflops(v.fastest.value, lang), formatDate(v.fastest.date, lang)) : '';
  const post = v.post.length ? w.postChips(v.post.map((p) => `${isolate(p.name)} (${formatTflops(p.value, lang)})`).join('; ')) : '';
  return w.chipsAlt(v.marks.length, basisLabel, top, post).trim();
}
