/**
 * The pieces every chart shares: the accessible <svg> shell (name, description, confidence
 * patterns), the details tooltip, and arrow-key movement between marks.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import type { BarDetail } from './BarChart.tsx';
import { ConfidencePatterns, markStyle } from './confidenceMarks.tsx';

/**
 * role="graphics-document" rather than "img": an img's children are presentational, which
 * would hide the focusable marks from keyboards and screen readers.
 */
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

export function MarkTooltip({ title, details, x, y, chartWidth }: { title: string; details: readonly BarDetail[]; x: number; y: number; chartWidth: number }) {
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-10 w-64 max-w-[calc(100%-8px)] rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] p-2 text-xs shadow-lg"
      style={{ top: y + 12, left: Math.max(0, Math.min(x - 40, chartWidth - 264)) }}
    >
      <p className="mb-1 font-semibold">{title}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
        {details.map((d) => (
          <div key={d.label} className="contents">
            <dt className="text-[var(--c-muted)]">{d.label}</dt>
            <dd>{d.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * Arrow keys / Home / End move focus among the marks of one chart (found by `data-mark`);
 * Escape hides the tooltip; Enter or Space runs `onEnter`.
 */
export function handleMarkKey(e: KeyboardEvent<Element>, i: number, count: number, close: () => void, onEnter?: () => void): void {
  const root = (e.currentTarget as SVGElement).ownerSVGElement;
  const focus = (j: number) => root?.querySelectorAll<SVGGElement>('[data-mark]')[j]?.focus();
  if (e.key === 'Escape') close();
  else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') focus(Math.min(count - 1, i + 1));
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') focus(Math.max(0, i - 1));
  else if (e.key === 'Home') focus(0);
  else if (e.key === 'End') focus(count - 1);
  else if ((e.key === 'Enter' || e.key === ' ') && onEnter) onEnter();
  else return;
  e.preventDefault();
}

/** The bars' confidence marks on a dot; a solid dot gets a surface-coloured rim so neighbours stay apart. */
export function pointStyle(uid: string, mark: Parameters<typeof markStyle>[1]) {
  const style = markStyle(uid, mark);
  return style.stroke ? style : { ...style, stroke: 'var(--c-surface)', strokeWidth: 1 };
}

