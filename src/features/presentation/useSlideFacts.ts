import { useMemo } from 'react';
import { slideFacts, type SlideFacts } from '../../data/deck/slideFacts';
import { useBreaches } from '../../queries/breaches';
import { clausesFromView } from '../../state/clausesFromView';
import { MEGA_BREACH_THRESHOLD, type ViewState } from '../../state/viewState';

/** The caption facts of a view, computed from the breach table; null while the table loads. */
export function useSlideFacts(view: ViewState): SlideFacts | null {
  const { data } = useBreaches();
  return useMemo(() => {
    if (!data) return null;
    const span = data.table.span;
    const min = span?.minYear ?? 2009;
    const max = span?.maxYear ?? min;
    const years = [Math.max(min, view.yearFrom ?? min), Math.min(max, view.yearTo ?? max)] as const;
    return slideFacts(data.table, clausesFromView(view, MEGA_BREACH_THRESHOLD), years);
  }, [data, view]);
}
