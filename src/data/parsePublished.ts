/** Validates the published dataset file (`data/atlas.json`) with the same schema as the build. */
import { DatasetLoadError } from './load.ts';
import { FILE_KEYS, type Dataset } from './schema.ts';
import { formatDataError, parseDataset, type RawFiles } from './validate.ts';

export function parsePublishedDataset(json: unknown): Dataset {
  if (!json || typeof json !== 'object') throw new DatasetLoadError('malformed', 'The data file is not a JSON object.');
  const obj = json as Record<string, unknown>;
  const raw: RawFiles = Object.fromEntries(FILE_KEYS.map((k) => [k, obj[k] === undefined ? undefined : { [k]: obj[k] }]));
  const version = typeof obj.version === 'string' ? obj.version : 'unknown';
  const result = parseDataset(raw, version);
  if (!result.ok)
    throw new DatasetLoadError('malformed', 'The data file does not match the schema.', result.errors.slice(0, 5).map(formatDataError));
  return result.dataset;
}

