import tableUrl from '../../datasets/breaches.csv?table';
import type { BreachTable } from '../data/table/BreachTable';
import type { Issue } from '../data/schema/types';
import { decodeTableFile } from '../data/table/tableFile';

export interface ShippedBreaches {
  table: BreachTable;
  issues: Issue[];
}

let pending: Promise<ShippedBreaches> | null = null;

/**
 * The shipped breach table, loaded once per page. The build turns datasets/breaches.csv into a
 * table file (scripts/breachTableFile.ts) that the page's HTML already preloads: the columns are
 * views on the fetched bytes, so nothing is parsed on the way to the first chart. main.tsx starts
 * it before React mounts; the breaches query then waits for the same promise. A failure is not
 * kept, so a retry fetches again.
 */
export function shippedBreaches(): Promise<ShippedBreaches> {
  pending ??= load().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

async function load(): Promise<ShippedBreaches> {
  // Relative to the page's base, so the app works under any sub-path.
  const url = new URL(tableUrl, document.baseURI).href;
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `breaches.csv: could not be loaded (${response.status} ${response.statusText})`,
    );
  return decodeTableFile(await response.arrayBuffer(), 'breaches.csv');
}
