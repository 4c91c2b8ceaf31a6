import type { BreachTable } from '../table/BreachTable';

export interface YearRollup {
  year: number;
  /** Breach reports submitted that year. */
  breaches: number;
  /** Sum of the known counts (unknown counts add nothing). */
  individuals: number;
  /** Reports whose count is unknown. */
  unknownCounts: number;
}

/**
 * Breaches and individuals affected per submission year of the given rows, for every year from
 * the table's first to its last (not the selection's), zero-filled: a filter never drops a year
 * from the axis. Empty table → []. Sums are exact (integers below 2^53).
 */
export function rollupByYear(table: BreachTable, rows: Uint32Array): YearRollup[] {
  const span = table.span;
  if (span === null) return [];
  const first = span.minYear;
  const size = span.maxYear - first + 1;
  const breaches = new Int32Array(size);
  const unknown = new Int32Array(size);
  const individuals = new Float64Array(size);
  const { year, individuals: counts, hasCount } = table;
  for (let k = 0; k < rows.length; k += 1) {
    const r = rows[k]!;
    const y = year[r]! - first;
    breaches[y] = breaches[y]! + 1;
    individuals[y] = individuals[y]! + counts[r]!;
    unknown[y] = unknown[y]! + 1 - hasCount[r]!;
  }
  return yearRollups(first, breaches, individuals, unknown);
}

/** The rollup rows from per-year sums (index 0 = year `first`); shared with aggregateGroup. */
export function yearRollups(
  first: number,
  breaches: Int32Array,
  individuals: Float64Array,
  unknown: Int32Array,
): YearRollup[] {
  const size = breaches.length;
  const out: YearRollup[] = new Array<YearRollup>(size);
  for (let y = 0; y < size; y += 1) {
    out[y] = {
      year: first + y,
      breaches: breaches[y]!,
      individuals: individuals[y]!,
      unknownCounts: unknown[y]!,
    };
  }
  return out;
}
