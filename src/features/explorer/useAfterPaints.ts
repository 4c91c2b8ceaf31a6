import { useEffect, useState } from 'react';

/** Calls `then` in a task of its own once `paints` frames have been painted; returns a cancel. */
export function afterPaints(paints: number, then: () => void): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = (left: number) => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => (left > 1 ? step(left - 1) : then()), 0);
    });
  };
  step(paints);
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Calls `then` once the frame after this one has begun: a control's own change (a pressed bar, a
 * state, a year range) is painted in the click's frame, and the store hears of it a frame later.
 * The store's work (the chips, the address, the first panels' views) then runs after the browser
 * has rastered and shown the click's frame, not beside it: on two cores, that work running while
 * the click's frame was rastered made 13–22 of 105 clicks reach the screen in 24 ms rather than
 * 16 (Event Timing, 1× CPU), against 8 with the wait. Returns a cancel.
 */
export function afterOwnFrame(then: () => void): () => void {
  return afterPaints(2, then);
}

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
    return afterPaints(paints, () => setShown(() => value));
  }, [value, shown, paints]);
  return paints <= 0 ? value : shown;
}

/**
 * False on the first render, true once `paints` frames have been painted after it: a panel below
 * the first chart mounts after it, so the first chart is painted without waiting for the map's
 * shapes, the breakdowns and the table. 0 = true at once.
 */
export function useMountedAfterPaints(paints: number): boolean {
  const [mounted, setMounted] = useState(paints <= 0);
  useEffect(() => {
    if (mounted) return undefined;
    return afterPaints(paints, () => setMounted(true));
  }, [mounted, paints]);
  return mounted;
}

/**
 * Whether `value` has stayed the same for `ms` since it last changed (true on the first render).
 * Its identity is what counts: pass a value that keeps it while unchanged.
 */
export function useQuiet<T>(value: T, ms: number): boolean {
  const [quietValue, setQuietValue] = useState(value);
  const quiet = Object.is(quietValue, value);
  useEffect(() => {
    if (quiet) return undefined;
    const timer = setTimeout(() => setQuietValue(() => value), ms);
    return () => clearTimeout(timer);
  }, [quiet, value, ms]);
  return quiet;
}
