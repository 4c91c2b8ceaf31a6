import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export interface NearScreen {
  /** Give this to the element to watch (a ref callback). */
  ref: (element: HTMLElement | null) => void;
  /** On screen or within the margin of it; true until the first observation. */
  near: boolean;
}

/**
 * Where the element given to `ref` is: on screen or within `margin` of it (an IntersectionObserver
 * root margin). Near until the first observation and where the browser has no
 * IntersectionObserver, so a panel that asks is never held back by mistake.
 */
export function useNearScreen(margin: string): NearScreen {
  const [element, ref] = useState<HTMLElement | null>(null);
  const [near, setNear] = useState(true);
  useEffect(() => {
    if (element === null || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setNear(last.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, margin]);
  return { ref, near };
}

/** Between `beforeprint` and `afterprint`: a print lays the whole page out at once. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The print is laid out right after this event: the update must be in the page by then.
    const beforePrint = () => flushSync(() => setPrinting(true));
    const afterPrint = () => setPrinting(false);
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', afterPrint);
    return () => {
      removeEventListener('beforeprint', beforePrint);
      removeEventListener('afterprint', afterPrint);
    };
  }, []);
  return printing;
}
