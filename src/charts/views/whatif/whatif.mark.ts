/**
 * What the GPU chart needs of a what-if: the target system and, for a custom GPU count, its
 * hypothetical bar; with the input and the days' wording it shares. Pure.
 */
import { formatNumber, formatPlural, formatSignificant, NBSP, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import type { WhatIfInput, WhatIfOutcome } from '../../../metrics/trainingTime.ts';
import type { ViewState } from '../../../view/viewState.ts';
import type { GpuWhatIf } from '../gpus/gpus.series.ts';

export function whatifInput(s: ViewState): WhatIfInput {
  return { modelId: s.whatifModel, systemId: s.whatifSystem, gpus: s.whatifGpus, mfuPct: s.whatifMfu, priceUsd: s.whatifPrice, pue: s.whatifPue, basis: s.basis };
}

export function formatDays(days: number, lang: Lang, m: Messages): string {
  const shown = days >= 10 ? Math.round(days) : Number(days.toPrecision(2));
  const n = days >= 10 ? formatNumber(days, lang, { maxFractionDigits: 0 }) : formatSignificant(days, lang, 2);
  // The word agrees with the number as printed ("1 día", "1,5 días"), by the language's plural rules.
  return `${n}${NBSP}${formatPlural(shown, { one: m.whatif.day, other: m.whatif.days }, lang)}`;
}

/** For the GPU chart: the what-if target highlighted, and a hypothetical bar when the count is custom. */
export function gpuWhatIfMark(r: WhatIfOutcome, lang: Lang, m: Messages): GpuWhatIf | undefined {
  if (!r.ok) return undefined;
  const note = m.whatif.gpuMark(r.model.name, formatDays(r.days, lang, m));
  if (r.countFigure) return { systemId: r.system.id, note };
  return { systemId: r.system.id, note, customCount: r.gpus, customName: m.whatif.customName(r.system.shortName, formatNumber(r.gpus, lang)) };
}
