/**
 * The accessible <svg> shell of every chart: name, description and the confidence patterns.
 *
 * role="graphics-document" rather than "img": an img's children are presentational, which
 * would hide the focusable marks from keyboards and screen readers.
 */
import { createContext, useContext, useLayoutEffect, type ReactNode } from 'react';
import { ConfidencePatterns } from './confidenceMarks.tsx';
import { useChartImage } from './imageMode.tsx';

/**
 * The frame listens here for the size of each chart drawn in it (null when it goes away), so
 * it can tell an embed's height from the charts' layouts rather than by measuring the page.
 */
export const ChartSizeContext = createContext<((uid: string, size: { width: number; height: number } | null) => void) | null>(null);

export function ChartSvg({ uid, width, height, title, description, children }: {
  uid: string;
  width: number;
  height: number;
  title: string;
  description: string;
  children: ReactNode;
}) {
  const report = useContext(ChartSizeContext);
  const isImage = useChartImage() !== null;
  useLayoutEffect(() => {
    if (!report) return;
    report(uid, { width, height });
    return () => report(uid, null);
  }, [report, uid, width, height]);
  return (
    <svg
      role="graphics-document"
      aria-roledescription="chart"
      aria-labelledby={`${uid}-t`}
      aria-describedby={`${uid}-d`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      // The attributes repeat the classes for images, which have no stylesheet.
      overflow="visible"
      fontSize={12}
      className={isImage ? undefined : 'block max-w-full overflow-visible font-sans text-[12px]'}
    >
      <title id={`${uid}-t`}>{title}</title>
      <desc id={`${uid}-d`}>{description}</desc>
      <ConfidencePatterns uid={uid} />
      {children}
    </svg>
  );
}
