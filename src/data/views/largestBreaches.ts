import { nameReader } from '../table/breachText';
import type { BreachTable } from '../table/BreachTable';
import { readyOrder } from '../table/sortedOrder';

export interface BreachSort {
  /** individuals: unknown counts always sort last; submitted: by day; name: case- and accent-insensitive, numeric-aware. */
  by: 'individuals' | 'submitted' | 'name';
  direction: 'asc' | 'desc';
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The first n of the given rows in the given order, as row indices (ties: lower row index first,
 * so the result is deterministic). By count or date, when the rows are at least 1/16 of the table
 * and the table's presorted order is ready (readyOrder: built once per table), it reads that order
 * and keeps the selected rows until it has n: on average at most 16·n entries, whatever the
 * table's size. Otherwise (few rows, by name, or order not built yet) it keeps a bounded heap of
 * n rows: O(rows · log n), no full sort.
 */
export function largestBreaches(
  table: BreachTable,
  rows: Uint32Array,
  n: number,
  sort: BreachSort,
): Uint32Array {
  const limit = Math.max(0, Math.min(Math.floor(n), rows.length));
  if (limit === 0) return new Uint32Array(0);
  const order =
    sort.by !== 'name' && rows.length * 16 >= table.length
      ? readyOrder(table, sort.by, sort.direction === 'desc')
      : null;
  if (order !== null) return firstInOrder(order, rows, table.length, limit);
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

/**
 * The first `count` of `rows` (ascending row indices, at least `count` of them) in the order of
 * `order` (every row of the table once). Reads the order from the start and keeps rows that are
 * in `rows` (a bitset, built once per rows array): the order is computed once per table, a page
 * only scans until it is full.
 */
export function firstInOrder(
  order: Uint32Array,
  rows: Uint32Array,
  tableLength: number,
  count: number,
): Uint32Array {
  if (rows.length === tableLength) return order.slice(0, count);
  const bits = selectionBits(rows, tableLength);
  const out = new Uint32Array(count);
  let k = 0;
  for (let j = 0; j < order.length && k < count; j += 1) {
    const r = order[j]!;
    if (((bits[r >>> 5]! >>> (r & 31)) & 1) === 1) out[k++] = r;
  }
  return k === count ? out : out.slice(0, k);
}

const bitsOf = new WeakMap<Uint32Array, Uint32Array>();

/** Bit r set for each row r in rows; cached per rows array (views hand out the same array per page). */
function selectionBits(rows: Uint32Array, tableLength: number): Uint32Array {
  let bits = bitsOf.get(rows);
  if (!bits) {
    bits = new Uint32Array((tableLength + 31) >>> 5);
    for (let k = 0; k < rows.length; k += 1) {
      const r = rows[k]!;
      bits[r >>> 5] = bits[r >>> 5]! | (1 << (r & 31));
    }
    bitsOf.set(rows, bits);
  }
  return bits;
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
