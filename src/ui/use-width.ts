import { useCallback, useState } from 'react';

/**
 * The content width of the element the returned ref is attached to, kept current as it resizes
 * (undefined until measured, and where the browser has no ResizeObserver).
 */
export function useWidth<T extends HTMLElement>(): [(el: T | null) => void, number | undefined] {
  const [width, setWidth] = useState<number>();
  const ref = useCallback((el: T | null) => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
