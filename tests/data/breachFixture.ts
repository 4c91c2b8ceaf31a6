import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { BreachTable } from '../../src/data/table/BreachTable';
import { buildBreachTable } from '../../src/data/table/buildBreachTable';
import { parseBreachRows } from '../../src/data/datasets/parseBreachRows';
import { breachId, rowOfId } from '../../src/data/table/breachText';

/** The hand-written 13-row fixture, parsed and built as the app does. */
export function fixtureRows(): string[][] {
  const text = readFileSync(new URL('../fixtures/breaches-small.csv', import.meta.url), 'utf8');
  return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
}

export function fixtureTable(): BreachTable {
  const parsed = parseBreachRows(fixtureRows(), 'breaches-small.csv');
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return buildBreachTable(parsed.rows);
}

/** Row indices of the fixture by id (r01 → 0 … r13 → 12). */
export function rowsOf(table: BreachTable, ...ids: string[]): Uint32Array {
  return Uint32Array.from(ids.map((id) => rowOfId(table, id)).sort((a, b) => a - b));
}

export function idsOf(table: BreachTable, rows: ArrayLike<number>): string[] {
  return Array.from(rows, (r) => breachId(table, r));
}
