import { nameReader } from '../table/breachText';
import type { BreachTable } from '../table/BreachTable';

export interface BreachSort {
  /** individuals: unknown counts always sort last; submitted: by day; name: case- and accent-insensitive, numeric-aware. */
  by: 'individuals' | 'submitted' | 'name';
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The first n of the given rows in the given order, as row indices (ties: lower row index first,
 * so the result is deterministic). Keeps a bounded heap of n rows: O(rows · log n), no full sort.
 */
export function largestBreaches(
  table: BreachTable,
  rows: Uint32Array,
  n: number,
  sort: BreachSort,
): Uint32Array {
  const limit = Math.max(0, Math.min(Math.floor(n), rows.length));
  if (limit === 0) return new Uint32Array(0);
  const cmp = comparator(table, sort);
  // Max-heap by rank: heap[0] is the worst row kept so far.
  const heap = new Uint32Array(limit);
  let size = 0;
  for (let k = 0; k < rows.length; k += 1) {
    const r = rows[k]!;
    if (size < limit) {
      let i = size++;
      heap[i] = r;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (cmp(heap[p]!, heap[i]!) >= 0) break;
        swap(heap, i, p);
        i = p;
      }
    } else if (cmp(r, heap[0]!) < 0) {
      heap[0] = r;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const rr = l + 1;
        let worst = i;
        if (l < size && cmp(heap[l]!, heap[worst]!) > 0) worst = l;
        if (rr < size && cmp(heap[rr]!, heap[worst]!) > 0) worst = rr;
        if (worst === i) break;
        swap(heap, i, worst);
        i = worst;
      }
    }
  }
  return heap.sort(cmp);
}

function swap(a: Uint32Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/** Negative when row a ranks before row b. */
function comparator(table: BreachTable, sort: BreachSort): (a: number, b: number) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  switch (sort.by) {
    case 'individuals': {
      const { individuals, hasCount } = table;
      return (a, b) =>
        hasCount[b]! - hasCount[a]! || sign * (individuals[a]! - individuals[b]!) || a - b;
    }
    case 'submitted': {
      const day = table.day;
      return (a, b) => sign * (day[a]! - day[b]!) || a - b;
    }
    case 'name': {
      const name = nameReader(table);
      return (a, b) => sign * collator.compare(name(a), name(b)) || a - b;
    }
    default:
      throw new TypeError(`largestBreaches: unknown sort ${String((sort as { by: unknown }).by)}`);
  }
}
