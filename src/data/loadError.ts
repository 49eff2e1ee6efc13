/** A failed or malformed data request, with what the reader is shown (LoadStates.tsx). */
export type DatasetErrorKind = 'network' | 'http' | 'malformed';

export class DatasetLoadError extends Error {
  readonly kind: DatasetErrorKind;
  readonly details: string[];
  constructor(kind: DatasetErrorKind, message: string, details: string[] = []) {
    super(message);
    this.name = 'DatasetLoadError';
    this.kind = kind;
    this.details = details;
  }
}
