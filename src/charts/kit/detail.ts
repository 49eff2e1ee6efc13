/**
 * What a reader learns about one mark on demand: the tooltip's title and lines, also spoken as
 * the mark's accessible name. Every chart kind builds its marks' details in its series module.
 */
export interface DetailLine {
  /** "Valor", "Fuente", "Confianza"… */
  label: string;
  /** Already formatted for the reader's language. */
  value: string;
}

export interface MarkDetail {
  title: string;
  lines: readonly DetailLine[];
}
