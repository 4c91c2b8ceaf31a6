import { queryOptions, useQuery } from '@tanstack/react-query';
import countHistoryUrl from '../../datasets/count-history.csv?url';
import { parseCountHistory, type CountHistory } from '../data/datasets/parseCountHistory';
import type { Issue } from '../data/schema/types';
import { fetchCsvRows } from './fetchCsvRows';
import { importedState } from './importedHistory';

export interface CountHistoryData {
  history: CountHistory;
  /** Rows the app could not load, each naming file, row and field. */
  issues: Issue[];
}

export const countHistoryKey = ['datasets', 'count-history'] as const;

/**
 * The count of every breach in every snapshot. 1.5 MB, needed only by a breach's details, so it is
 * fetched the first time a details panel asks for it and kept for the rest of the visit.
 */
export const countHistoryQuery = queryOptions({
  queryKey: countHistoryKey,
  queryFn: async ({ client }): Promise<CountHistoryData> => {
    const imported = await importedState(client);
    if (imported) return { history: imported.countHistory, issues: [] };
    const rows = await fetchCsvRows(countHistoryUrl, 'count-history.csv');
    const parsed = parseCountHistory(rows, 'count-history.csv');
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
    return { history: parsed.history, issues: parsed.issues };
  },
  // Shipped files never change while the page is open.
  staleTime: Infinity,
  // A million-row table must not be compared value by value when it is replaced (an import).
  structuralSharing: false,
});

/** The history by breach id; the skipped-row issues stay in the cache under countHistoryKey. */
export function useCountHistory() {
  return useQuery({ ...countHistoryQuery, select: selectHistory });
}

// Module-level so the selector is stable and react-query does not re-run it on every render.
function selectHistory(data: CountHistoryData): CountHistory {
  return data.history;
}
