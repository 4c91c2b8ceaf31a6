import type { BreachTable } from '../table/BreachTable';
import type { FilterClause } from './FilterClause';
import { markClauseFailures } from './markClauseFailures';

export interface SelectOptions {
  /** Ignore every clause made by this source (a chart's view of the data under the other filters). */
  except?: string;
}

/**
 * Indices (ascending) of the rows that meet every clause, as a Uint32Array. A row-index list
 * rather than a bitset: aggregations then touch only the selected rows, and a list composes
 * with largestBreaches and table views directly. No clauses = every row.
 */
export function selectRows(
  table: BreachTable,
  clauses: readonly FilterClause[],
  options: SelectOptions = {},
): Uint32Array {
  const n = table.length;
  const bits = clauses.map((c) =>
    options.except !== undefined && c.source === options.except ? 0 : 1,
  );
  if (!bits.includes(1)) return allRows(n);
  const fail = new Uint32Array(n);
  markClauseFailures(table, clauses, bits, fail);
  // Branch-free collection: always write i, advance only past rows no clause rejected.
  const rows = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < n; i += 1) {
    const f = fail[i]!;
    rows[k] = i;
    k += 1 - ((f | -f) >>> 31);
  }
  return rows.slice(0, k);
}

function allRows(n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) rows[i] = i;
  return rows;
}
