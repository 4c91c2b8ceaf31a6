import Papa from 'papaparse';
import type { BreachTable } from '../table/BreachTable';
import { buildBreachTable } from '../table/buildBreachTable';
import { parseBreachRows } from './parseBreachRows';
import type { Issue } from '../schema/types';

/** datasets/breaches.csv as text → the breach table and the rows it skipped (throws on a bad file). */
export function readShippedBreaches(text: string): { table: BreachTable; issues: Issue[] } {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
  const parsed = parseBreachRows(rows, 'breaches.csv');
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return { table: buildBreachTable(parsed.rows), issues: parsed.issues };
}
