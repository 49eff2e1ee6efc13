import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of an element, kept current with ResizeObserver. Charts take their width
 * from here (size comes from outside); `initial` is what renders before the first measure
 * (and in jsdom, which has no layout).
 */
export function useMeasuredWidth<T extends HTMLElement>(initial = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
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
