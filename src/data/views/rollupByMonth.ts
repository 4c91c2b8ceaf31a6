import type { BreachTable } from '../table/BreachTable';

export interface MonthRollup {
  /** year * 12 + monthIndex (0 = January), the unit of table.month and month range clauses. */
  month: number;
  year: number;
  /** 0 = January … 11 = December. */
  monthIndex: number;
  /** 'YYYY-MM'. */
  label: string;
  breaches: number;
  individuals: number;
  unknownCounts: number;
}

/**
 * Breaches and individuals affected per submission month of the given rows, for every month
 * from the table's first to its last, zero-filled (a filter never drops a month from the axis).
 */
export function rollupByMonth(table: BreachTable, rows: Uint32Array): MonthRollup[] {
  const span = table.span;
  if (span === null) return [];
  const first = span.minMonth;
  const size = span.maxMonth - first + 1;
  const breaches = new Int32Array(size);
  const unknown = new Int32Array(size);
  const individuals = new Float64Array(size);
  const { month, individuals: counts, hasCount } = table;
  for (let k = 0; k < rows.length; k += 1) {
    const r = rows[k]!;
    const m = month[r]! - first;
    breaches[m] = breaches[m]! + 1;
    individuals[m] = individuals[m]! + counts[r]!;
    unknown[m] = unknown[m]! + 1 - hasCount[r]!;
  }
  return monthRollups(first, breaches, individuals, unknown);
}

/** The rollup rows from per-month sums (index 0 = month `first`); shared with aggregateGroup. */
export function monthRollups(
  first: number,
  breaches: Int32Array,
  individuals: Float64Array,
  unknown: Int32Array,
): MonthRollup[] {
  const size = breaches.length;
  const out: MonthRollup[] = new Array<MonthRollup>(size);
  for (let m = 0; m < size; m += 1) {
    const value = first + m;
    const year = Math.floor(value / 12);
    const monthIndex = value - year * 12;
    out[m] = {
      month: value,
      year,
      monthIndex,
      label: `${year}-${String(monthIndex + 1).padStart(2, '0')}`,
      breaches: breaches[m]!,
      individuals: individuals[m]!,
      unknownCounts: unknown[m]!,
    };
  }
  return out;
}
