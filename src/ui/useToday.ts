import { useSyncExternalStore } from 'react';
import { todayIso } from '../data/dates/dataAge';

// One clock for every figure's age on the page: a single hourly check while anything shows an age.
const listeners = new Set<() => void>();
let timer: number | undefined;
let today = todayIso();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    today = todayIso();
    timer = window.setInterval(
      () => {
        const now = todayIso();
        if (now === today) return;
        today = now;
        for (const l of listeners) l();
      },
      60 * 60 * 1000,
    );
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Today's date (YYYY-MM-DD) from the viewer's clock, refreshed when the day changes under an open page. */
export function useToday(): string {
  return useSyncExternalStore(subscribe, () => today);
}
