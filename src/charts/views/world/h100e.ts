/** A count of H100-equivalents as every world view writes it: "4.480 H100e" / "4,480 H100e". */
import { formatInteger, type Lang } from '../../../i18n/format.ts';

export const formatH100e = (value: number, lang: Lang): string => `${formatInteger(value, lang)} H100e`;
