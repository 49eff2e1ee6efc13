/**
 * The accessible <svg> shell of every chart: name, description and the confidence patterns.
 *
 * role="graphics-document" rather than "img": an img's children are presentational, which
 * would hide the focusable marks from keyboards and screen readers.
 */
import type { ReactNode } from 'react';
import { ConfidencePatterns } from '../confidenceMarks.tsx';

export function ChartSvg({ uid, width, height, title, description, children }: {
  uid: string;
  width: number;
  height: number;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <svg
      role="graphics-document"
      aria-roledescription="chart"
      aria-labelledby={`${uid}-t`}
      aria-describedby={`${uid}-d`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="block max-w-full overflow-visible font-sans text-[12px]"
    >
      <title id={`${uid}-t`}>{title}</title>
      <desc id={`${uid}-d`}>{description}</desc>
      <ConfidencePatterns uid={uid} />
      {children}
    </svg>
  );
}
