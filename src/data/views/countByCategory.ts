import type { BreachTable } from '../table/BreachTable';
import { categoryColumn } from '../table/categoryColumn';
import type { InField } from './FilterClause';

export type CategoryField = InField;

export interface CategoryCount {
  /** Dictionary key: the raw value ('' = empty in the file); what an `in` clause names. */
  key: string;
  /** Display text ('(none)' for the empty key). */
  label: string;
  breaches: number;
  /** Sum of known counts. */
  individuals: number;
  unknownCounts: number;
}

/**
 * Breaches and individuals per value of a categorical field over the given rows. Every value in
 * the table's dictionary is listed (zeros included), sorted by breaches desc, then individuals
 * desc, then label. For the multi-valued fields (breachType, location) a breach counts under
 * EACH value it names, so the categories can sum to more than the number of breaches.
 */
export function countByCategory(
  table: BreachTable,
  rows: Uint32Array,
  field: CategoryField,
): CategoryCount[] {
  const view = categoryColumn(table, field);
  const size = view.keys.length;
  const breaches = new Int32Array(size);
  const unknown = new Int32Array(size);
  const individuals = new Float64Array(size);
  const { individuals: counts, hasCount } = table;
  if (view.multi) {
    const masks = view.masks;
    for (let k = 0; k < rows.length; k += 1) {
      const r = rows[k]!;
      const v = counts[r]!;
      const u = 1 - hasCount[r]!;
      let m = masks[r]! | 0;
      while (m !== 0) {
        const b = 31 - Math.clz32(m & -m);
        breaches[b] = breaches[b]! + 1;
        individuals[b] = individuals[b]! + v;
        unknown[b] = unknown[b]! + u;
        m &= m - 1;
      }
    }
  } else {
    const codes = view.codes;
    for (let k = 0; k < rows.length; k += 1) {
      const r = rows[k]!;
      const c = codes[r]!;
      breaches[c] = breaches[c]! + 1;
      individuals[c] = individuals[c]! + counts[r]!;
      unknown[c] = unknown[c]! + 1 - hasCount[r]!;
    }
  }
  return categoryCounts(view.keys, view.labels, breaches, individuals, unknown);
}

/** Sorted category rows from per-code sums; shared with aggregateGroup. */
export function categoryCounts(
  keys: readonly string[],
  labels: readonly string[],
  breaches: Int32Array,
  individuals: Float64Array,
  unknown: Int32Array,
): CategoryCount[] {
  const out: CategoryCount[] = keys.map((key, c) => ({
    key,
    label: labels[c] ?? key,
    breaches: breaches[c]!,
    individuals: individuals[c]!,
    unknownCounts: unknown[c]!,
  }));
  return out.sort(
    (a, b) =>
      b.breaches - a.breaches ||
      b.individuals - a.individuals ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}
