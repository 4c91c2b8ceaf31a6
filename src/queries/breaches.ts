import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BreachTable } from '../data/table/BreachTable';
import type { Issue } from '../data/schema/types';
import { importedState } from './importedHistory';
import { shippedBreaches } from './shippedBreaches';

export interface BreachData {
  table: BreachTable;
  /** Rows the app could not load, each naming file, row and field. */
  issues: Issue[];
}

export const breachesQuery = queryOptions({
  queryKey: ['datasets', 'breaches'],
  queryFn: async ({ client }): Promise<BreachData> => {
    // The shipped table loads (usually already started by main.tsx) while the browser's storage
    // is asked for an import; exports imported in this browser, merged into the shipped history,
    // take its place.
    const shipped = shippedBreaches();
    shipped.catch(() => undefined);
    const imported = await importedState(client);
    if (imported) return { table: imported.table, issues: [] };
    return shipped;
  },
  staleTime: Infinity,
  // A million-row table must not be compared value by value when it is replaced (an import).
  structuralSharing: false,
});

export function useBreaches() {
  return useQuery(breachesQuery);
}
