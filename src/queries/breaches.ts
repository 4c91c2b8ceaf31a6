import { queryOptions, useQuery } from '@tanstack/react-query';
import breachesUrl from '../../datasets/breaches.csv?url';
import type { BreachTable } from '../data/table/BreachTable';
import { buildBreachTable } from '../data/table/buildBreachTable';
import { parseBreachRows } from '../data/datasets/parseBreachRows';
import type { Issue } from '../data/schema/types';
import { fetchCsvRows } from './fetchCsvRows';
import { importedState } from './importedHistory';

export interface BreachData {
  table: BreachTable;
  /** Rows the app could not load, each naming file, row and field. */
  issues: Issue[];
}

export const breachesQuery = queryOptions({
  queryKey: ['datasets', 'breaches'],
  queryFn: async ({ client }): Promise<BreachData> => {
    // Exports imported in this browser, merged into the shipped history, take its place.
    const imported = await importedState(client);
    if (imported) return { table: imported.table, issues: [] };
    const rows = await fetchCsvRows(breachesUrl, 'breaches.csv');
    const parsed = parseBreachRows(rows, 'breaches.csv');
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
    return { table: buildBreachTable(parsed.rows), issues: parsed.issues };
  },
  staleTime: Infinity,
  // A million-row table must not be compared value by value when it is replaced (an import).
  structuralSharing: false,
});

export function useBreaches() {
  return useQuery(breachesQuery);
}
