import type { BreachTable } from './BreachTable';
import { findId, idAt, idRows, textAt, textRows, textValues } from './textColumn';

/**
 * The table's two text columns read row by row: ids and names are string stores (textColumn.ts),
 * not one string per row, so every reader goes through these.
 */
export function breachName(table: Pick<BreachTable, 'name'>, row: number): string {
  return textAt(table.name, row);
}

export function breachId(table: Pick<BreachTable, 'id'>, row: number): string {
  return idAt(table.id, row);
}

/** The row of a breach id, or -1. */
export function rowOfId(table: Pick<BreachTable, 'id'>, id: string): number {
  return findId(table.id, id);
}

/**
 * A fast reader of many names (sorting, downloads): the distinct names are decoded once per
 * table and kept, each row then costs an array lookup.
 */
export function nameReader(table: Pick<BreachTable, 'name'>): (row: number) => string {
  const values = textValues(table.name);
  const codes = table.name.codes;
  return (row) => values[codes[row]!] ?? '';
}

/** Every name in row order (tests, small tables). */
export function breachNames(table: Pick<BreachTable, 'name'>): string[] {
  return textRows(table.name);
}

/** Every id in row order (tests, small tables). */
export function breachIds(table: Pick<BreachTable, 'id'>): string[] {
  return idRows(table.id);
}
