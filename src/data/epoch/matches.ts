/**
 * Curated ↔ Epoch matches (`data/epoch/matches.json`): the same system, model or chip in both
 * datasets is one entity. The list is curated by hand, never guessed at runtime; this module
 * checks it (every match resolves on both sides, nothing matched twice) and lists, field by
 * field, both values with their sources so a view can show where they disagree.
 */
import type { Dataset, Figure } from '../schema.ts';
import type { DataError } from '../validate.ts';
import type { MatchField, MatchVerdict, WorldChip, WorldCluster, WorldFigure, WorldMatch, WorldModel } from './worldTypes.ts';
import type { WorldRecords } from './importWorld.ts';

export const MATCHES_FILE = 'data/epoch/matches.json';
const KINDS = ['system', 'model', 'hardware'] as const;
type Kind = (typeof KINDS)[number];

interface RawMatch {
  kind: Kind;
  curated: string;
  epoch: string;
  note?: string;
}

// Two numbers agree when within half a percent: Epoch's calculated columns carry rounding noise.
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

function verdict(hasCurated: boolean, hasEpoch: boolean, isSame: () => boolean): MatchVerdict {
  if (!hasCurated) return 'only-epoch';
  if (!hasEpoch) return 'only-curated';
  return isSame() ? 'same' : 'different';
}

function numberField(field: string, curated: Figure | undefined, curatedScale: number, epoch: WorldFigure | undefined, unit: string): MatchField | undefined {
  if (!curated && !epoch) return undefined;
  const c = curated && { value: curated.value * curatedScale, unit, source: curated.source };
  const e = epoch && { value: epoch.value, unit };
  return { field, curated: c, epoch: e, verdict: verdict(!!c, !!e, () => sameNumber(c!.value, e!.value)) };
}

function textField(field: string, curated: { value: string; source: string } | undefined, epoch: string | undefined, isSame: (c: string, e: string) => boolean): MatchField | undefined {
  if (!curated && !epoch) return undefined;
  return { field, curated, epoch: epoch === undefined ? undefined : { value: epoch }, verdict: verdict(!!curated, epoch !== undefined, () => isSame(curated!.value, epoch!)) };
}

/**
 * The curated data has no opening date; the first TOP500 list it records is the nearest dated
 * fact (MareNostrum 5 ACC: its debut, Nov 2023). An opening in that month or before it is
 * consistent; the curated data holds only recent lists for most machines, so an earlier opening
 * is no disagreement.
 */
const openedBy = (list: string, opened: string) => opened.slice(0, 7) <= list;

function systemFields(dataset: Dataset, curatedId: string, w: WorldCluster, chipMatches: Map<string, string>): MatchField[] {
  const s = dataset.systems.find((x) => x.id === curatedId)!;
  const hw = s.accelerator ? dataset.hardware.find((h) => h.id === s.accelerator) : undefined;
  // The system's descriptive fields (accelerator, country, sector) come with the record, not with
  // a figure of their own: cite the record's first source (its count, else its TOP500 entry).
  const countSource = s.acceleratorCount?.source ?? s.rmaxPflops?.source ?? s.rpeakPflops?.source ?? s.top500[0]?.rank.source ?? '';
  const debut = s.top500[0];
  return [
    numberField('accelerators', s.acceleratorCount, 1, w.chipCountPrimary ?? w.chipCount, 'accelerators'),
    textField('accelerator', hw && { value: hw.name, source: countSource }, w.chip, () => !!hw && chipMatches.get(hw.id) === w.chip),
    textField('opened', debut && { value: debut.edition, source: debut.rank.source }, w.firstOperational, openedBy),
    // Both sides as ISO codes: the curated data writes one, the importer adds one to Epoch's name.
    textField('country', { value: s.country, source: countSource }, w.countryCode, (c, e) => c === e),
    textField('sector', { value: s.ownerType, source: countSource }, w.sector, (c, e) => c === e),
  ].filter((f): f is MatchField => !!f);
}

function modelFields(dataset: Dataset, curatedId: string, w: WorldModel): MatchField[] {
  const m = dataset.models.find((x) => x.id === curatedId)!;
  const run = m.trainedOn ? dataset.systems.find((s) => s.id === m.trainedOn) : undefined;
  return [
    numberField('trainingFlop', m.trainingFlop, 1, w.trainingComputeFlop, 'FLOP'),
    numberField('parameters', m.paramsB, 1e9, w.parameters, 'parameters'),
    numberField('trainingAccelerators', run?.acceleratorCount, 1, w.hardwareQuantity, 'accelerators'),
    textField('releaseDate', m.releaseDate ? { value: m.releaseDate, source: m.paramsB?.source ?? m.trainingFlop?.source ?? '' } : undefined, w.publicationDate, (c, e) => c === e),
  ].filter((f): f is MatchField => !!f);
}

function hardwareFields(dataset: Dataset, curatedId: string, w: WorldChip): MatchField[] {
  const h = dataset.hardware.find((x) => x.id === curatedId)!;
  return [
    numberField('bf16Flops', h.bf16DenseTflops, 1e12, w.bf16Flops, 'FLOP/s'),
    numberField('fp8Flops', h.fp8DenseTflops, 1e12, w.fp8Flops, 'FLOP/s'),
    numberField('memoryBytes', h.memoryGb, 1e9, w.memoryBytes, 'bytes'),
    numberField('tdpW', h.tdpW, 1, w.tdpW, 'W'),
  ].filter((f): f is MatchField => !!f);
}

function readRaw(raw: unknown, errors: DataError[]): RawMatch[] {
  const list = raw && typeof raw === 'object' ? (raw as { matches?: unknown }).matches : undefined;
  if (!Array.isArray(list)) {
    errors.push({ file: MATCHES_FILE, record: '', field: 'matches', message: 'must be an object with an array "matches"' });
    return [];
  }
  const out: RawMatch[] = [];
  list.forEach((m: Record<string, unknown>, i) => {
    const record = `matches[${i}]`;
    const bad = (field: string, message: string) => errors.push({ file: MATCHES_FILE, record, field, message });
    if (!m || typeof m !== 'object') return bad('', 'must be an object');
    if (!KINDS.includes(m.kind as Kind)) return bad('kind', `must be one of ${KINDS.join(', ')}`);
    if (typeof m.curated !== 'string' || typeof m.epoch !== 'string') return bad('curated', '"curated" and "epoch" must be strings');
    if (m.note !== undefined && typeof m.note !== 'string') return bad('note', 'must be a string');
    out.push(m as unknown as RawMatch);
  });
  return out;
}

/**
 * Checks the matches and returns them with their field-by-field comparison, and the records with
 * `curatedId` set on the matched rows.
 */
export function applyMatches(raw: unknown, dataset: Dataset, records: WorldRecords): { matches: WorldMatch[]; records: WorldRecords; errors: DataError[] } {
  const errors: DataError[] = [];
  const list = readRaw(raw, errors);
  const curatedIds: Record<Kind, Set<string>> = {
    system: new Set(dataset.systems.map((s) => s.id)),
    model: new Set(dataset.models.map((m) => m.id)),
    hardware: new Set(dataset.hardware.map((h) => h.id)),
  };
  const epochRows: Record<Kind, { id: string; name: string }[]> = { system: records.clusters, model: records.models, hardware: records.chips };
  const seenCurated = new Set<string>();
  const seenEpoch = new Set<string>();
  const resolved: (RawMatch & { epochId: string })[] = [];
  list.forEach((m, i) => {
    const bad = (field: string, message: string) => errors.push({ file: MATCHES_FILE, record: `matches[${i}] (${m.curated})`, field, message });
    if (!curatedIds[m.kind].has(m.curated)) return bad('curated', `no curated ${m.kind} has the id "${m.curated}"`);
    const rows = epochRows[m.kind].filter((r) => r.name === m.epoch);
    if (rows.length !== 1) return bad('epoch', rows.length ? `"${m.epoch}" names ${rows.length} Epoch rows` : `no Epoch row is named "${m.epoch}"`);
    if (seenCurated.has(`${m.kind}:${m.curated}`)) return bad('curated', `"${m.curated}" is matched twice`);
    if (seenEpoch.has(`${m.kind}:${m.epoch}`)) return bad('epoch', `"${m.epoch}" is matched twice`);
    seenCurated.add(`${m.kind}:${m.curated}`);
    seenEpoch.add(`${m.kind}:${m.epoch}`);
    resolved.push({ ...m, epochId: rows[0]!.id });
  });
  if (errors.length) return { matches: [], records, errors };

  const chipMatches = new Map(resolved.filter((m) => m.kind === 'hardware').map((m) => [m.curated, m.epoch]));
  const curatedOf = new Map(resolved.map((m) => [`${m.kind}:${m.epochId}`, m.curated]));
  const clusters = records.clusters.map((c) => withCurated(c, curatedOf.get(`system:${c.id}`)));
  const models = records.models.map((m) => withCurated(m, curatedOf.get(`model:${m.id}`)));
  const chips = records.chips.map((c) => withCurated(c, curatedOf.get(`hardware:${c.id}`)));
  const matches = resolved.map((m): WorldMatch => {
    const fields =
      m.kind === 'system'
        ? systemFields(dataset, m.curated, clusters.find((c) => c.id === m.epochId)!, chipMatches)
        : m.kind === 'model'
          ? modelFields(dataset, m.curated, models.find((x) => x.id === m.epochId)!)
          : hardwareFields(dataset, m.curated, chips.find((c) => c.id === m.epochId)!);
    return { kind: m.kind, curatedId: m.curated, epochId: m.epochId, epochName: m.epoch, fields, ...(m.note ? { note: m.note } : {}) };
  });
  return { matches, records: { clusters, models, chips }, errors };
}

const withCurated = <T extends { curatedId?: string }>(r: T, curatedId: string | undefined): T => (curatedId ? { ...r, curatedId } : r);
