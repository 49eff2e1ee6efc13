/**
 * Image mode: the same chart components that draw the screen also draw the downloaded SVG and
 * PNG and the build-time images. Inside a `ChartImageContext`, a chart hands its `<svg>`
 * element (already laid out, with its size) to the collector instead of rendering its
 * interactive box; the frame image (frame/FrameImage.tsx) then places those elements.
 */
import { createContext, useContext, type ReactElement, type ReactNode, type RefObject } from 'react';

export interface ChartImage {
  element: ReactElement;
  width: number;
  height: number;
}

export const ChartImageContext = createContext<((chart: ChartImage) => void) | null>(null);

export const useChartImage = () => useContext(ChartImageContext);

/**
 * The interactive box around a chart's SVG (the tooltip's frame of reference and where the
 * pointer leaves), or, in image mode, nothing: the SVG goes to the collector.
 */
export function ChartBox({ box, onLeave, svg, width, height, className = 'relative', children }: {
  box: RefObject<HTMLDivElement | null>;
  onLeave: () => void;
  svg: ReactElement;
  width: number;
  height: number;
  className?: string;
  /** The tooltip and anything else beside the SVG (screen only). */
  children?: ReactNode;
}) {
  const collect = useChartImage();
  if (collect) {
    collect({ element: svg, width, height });
    return null;
  }
  return (
    <div ref={box} className={className} onMouseLeave={onLeave}>
      {svg}
      {children}
    </div>
  );
}
