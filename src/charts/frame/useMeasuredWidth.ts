import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react';

/** The width a chart frame is laid out at before it has measured itself: the build's. */
export const FIRST_WIDTH = 640;

/**
 * The width frames start at: FIRST_WIDTH, or a phone's in a page's narrow copy
 * (src/embed/narrowCopy.ts). The build renders a copy inside it and the page hydrates that copy
 * inside the same value (src/embed/mount.ts), so the first render matches the markup.
 */
export const FirstWidthContext = createContext(FIRST_WIDTH);

/**
 * The content width of an element, kept current with ResizeObserver. Charts take their width
 * from here (size comes from outside); before the first measure (and in jsdom, which has no
 * layout) it is the page's first width (FirstWidthContext).
 */
export function useMeasuredWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(useContext(FirstWidthContext));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}
