/**
 * Build-time images render the same panels as the pages: inside a `FrameCaptureContext`, a
 * ChartFrame hands over what its image is made of (texts, legend, the chart at its width)
 * instead of rendering its HTML, and scripts/prerenderEntry.tsx renders that with FrameImage.
 */
import { createContext, type ReactNode } from 'react';
import type { FrameTexts } from './frameImage.layout.ts';
import type { LegendEntry } from './legendEntries.ts';

export interface CapturedFrame {
  texts: FrameTexts;
  altText: string;
  legend: LegendEntry[];
  chart: ReactNode;
}

export const FrameCaptureContext = createContext<((frame: CapturedFrame) => void) | null>(null);
