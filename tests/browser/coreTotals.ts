import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { BreachTable } from '../../src/data/table/BreachTable';
import { buildBreachTable } from '../../src/data/table/buildBreachTable';
import { parseBreachRows } from '../../src/data/datasets/parseBreachRows';
import { explorerViews, type ExplorerViews } from '../../src/features/explorer/explorerViews';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/viewState';

let cached: BreachTable | null = null;

/** The shipped breach table, built in Node by the same data core the app uses. */
export function shippedTable(): BreachTable {
  if (cached) return cached;
  const rows = Papa.parse<string[]>(readFileSync('datasets/breaches.csv', 'utf8'), {
    skipEmptyLines: 'greedy',
  }).data;
  const parsed = parseBreachRows(rows, 'breaches.csv');
  if (!parsed.ok) throw new Error('datasets/breaches.csv did not parse');
  cached = buildBreachTable(parsed.rows);
  return cached;
}

/** What the data core says every explorer view holds for a view state: the expected values. */
export function coreViews(view: Partial<ViewState>): ExplorerViews {
  return explorerViews(shippedTable(), { ...DEFAULT_VIEW, ...view });
}

export const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);
