/** `notable_ai_models.csv` rows → `WorldModel` records (ids and matches are added by importWorld). */
import type { DataError } from '../validate.ts';
import { cellReader, sixDigits, type Row } from './cells.ts';
import { EPOCH_MODEL_CONFIDENCES, OPEN_WEIGHTS_PREFIX } from './classify.ts';
import { LIST_ITEM_MAX, NAME_MAX, displayName } from './textLimits.ts';
import type { WorldFigure, WorldModel } from './worldTypes.ts';

export const MODEL_COLUMNS = [
  'Model', 'Organization', 'Publication date', 'Domain', 'Parameters', 'Training compute (FLOP)',
  'Training dataset size (gradients)', 'Confidence', 'Link', 'Country (of organization)', 'Training time (hours)',
  'Training hardware', 'Hardware quantity', 'Training compute cost (2023 USD)', 'Model accessibility', 'Frontier model',
] as const;

const figure = (value: number | undefined, unit: string, asOf: string, confidence: WorldFigure['confidence']): WorldFigure | undefined =>
  value === undefined ? undefined : { value: sixDigits(value), unit, asOf, confidence };

export type ModelDraft = Omit<WorldModel, 'id' | 'trainingChipIds'>;

export function readModel(file: string, rowNumber: number, row: Row, errors: DataError[]): ModelDraft | undefined {
  const before = errors.length;
  const c = cellReader(file, rowNumber, (row['Model'] ?? '').slice(0, 60), row, errors);
  const name = displayName(c.text('Model', NAME_MAX, true));
  const publicationDate = c.date('Publication date');
  if (publicationDate === undefined) c.text('Publication date', 10, true);
  const asOf = publicationDate ?? '';
  // Figures a paper or model card states, relayed by Epoch.
  const stated = 'reported' as const;
  const accessibility = c.text('Model accessibility', LIST_ITEM_MAX);
  const draft: ModelDraft = {
    name: name ?? '',
    organization: c.list('Organization', LIST_ITEM_MAX).join(', ') || undefined,
    countries: c.list('Country (of organization)', LIST_ITEM_MAX),
    publicationDate: asOf,
    domains: c.list('Domain', LIST_ITEM_MAX),
    epochConfidence: c.word('Confidence', EPOCH_MODEL_CONFIDENCES),
    parameters: c.fig('Parameters', 'parameters', asOf, stated),
    // Epoch's own estimate from published details, whatever its grade: the grade is `epochConfidence`.
    trainingComputeFlop: c.fig('Training compute (FLOP)', 'FLOP', asOf, 'estimate'),
    datasetSizeGradients: figure(c.numOrList('Training dataset size (gradients)'), 'gradients', asOf, 'estimate'),
    trainingTimeHours: c.fig('Training time (hours)', 'hours', asOf, stated),
    hardwareQuantity: c.fig('Hardware quantity', 'accelerators', asOf, stated),
    trainingCostUsd2023: c.fig('Training compute cost (2023 USD)', 'USD (2023)', asOf, 'estimate'),
    trainingHardware: c.list('Training hardware', NAME_MAX),
    accessibility,
    isOpenWeights: accessibility === undefined ? undefined : accessibility.startsWith(OPEN_WEIGHTS_PREFIX),
    isFrontier: c.flag('Frontier model'),
    source: { dataset: 'notable-ai-models', row: rowNumber, epochName: name ?? '', sourceUrls: c.urls(['Link']) },
  };
  return errors.length === before ? draft : undefined;
}
