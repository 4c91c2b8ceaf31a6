import { useEffect, useState } from 'react';

/**
 * `value`, `paints` frames late: the first render returns it at once; a change arrives after that
 * many frames have been painted, in a task of its own (queued from the next animation frame). The
 * explorer answers a click by painting the clicked control and the chips first and brings the
 * other panels in over the next frames, so neither the paint the click waits for nor any single
 * task carries the whole page. A newer change restarts the wait; 0 = no delay.
 */
export function useAfterPaints<T>(value: T, paints: number): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (paints <= 0 || Object.is(value, shown)) return undefined;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = (left: number) => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => (left > 1 ? step(left - 1) : setShown(() => value)), 0);
      });
    };
    step(paints);
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, shown, paints]);
  return paints <= 0 ? value : shown;
}
