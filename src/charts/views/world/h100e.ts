/** A count of H100-equivalents as every world view writes it: "4.480 H100e" / "4,480 H100e". */
import type { Source } from '../../../data/schema.ts';
import { formatInteger, type Lang } from '../../../i18n/format.ts';
import type { ChartFrameProps } from '../../frame/ChartFrame.tsx';

export const formatH100e = (value: number, lang: Lang): string => `${formatInteger(value, lang)} H100e`;

/**
 * The frame props the charts of clusters' H100e share (clusters, as of a date, where): Epoch's
 * credit as the one source, values in H100e in the table and CSV, and no frame legend, because
 * each draws its own sector key (inside the SVG, so downloads carry it).
 */
export function h100eFrameProps(source: Source, lang: Lang): Pick<ChartFrameProps, 'sources' | 'formatValue' | 'hideLegend'> {
  return { sources: [source], formatValue: (p) => formatH100e(p.value, lang), hideLegend: true };
}
