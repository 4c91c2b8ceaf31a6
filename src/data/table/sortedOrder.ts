import type { BreachTable } from './BreachTable';

/** Orders the largest-breaches table can be read in without sorting at click time. */
export type OrderKey = 'individuals' | 'submitted' | 'state';

/**
 * Every row of the table in one sort order, computed once per table, key and direction (lazily, on
 * first use) with stable LSD radix passes over 11-bit digits (O(rows), no comparator calls):
 *
 * - individuals: known counts first, by count (asc or desc), unknown counts last; ties by row;
 * - submitted: by submission day (asc or desc); ties by row;
 * - state: by state code (A→Z, or Z→A when desc), no state last either way; within a state the
 *   largest known count first, unknown counts last; ties by row.
 *
 * The same orders as largestBreaches' and the explorer table's comparators, so a page read from
 * the order (skipping unselected rows) equals a sort of the selected rows.
 */
export function sortedOrder(table: BreachTable, by: OrderKey, desc: boolean): Uint32Array {
  let orders = cache.get(table);
  if (!orders) {
    orders = new Map();
    cache.set(table, orders);
  }
  const name = `${by}:${desc ? 'desc' : 'asc'}`;
  let order = orders.get(name);
  if (!order) {
    order = build(table, by, desc);
    orders.set(name, order);
  }
  return order;
}

const cache = new WeakMap<BreachTable, Map<string, Uint32Array>>();

/** Up to this many rows an order is built on first use (a few ms); larger tables build it ahead. */
export const EAGER_ORDER_ROWS = 65_536;

/**
 * The order if it may be used now: built on the spot for a small table, for a large one only if
 * already built (the explorer builds it in idle time, see sortedOrder), so no click waits for a
 * sort of a million rows; null = use another way (a bounded heap).
 */
export function readyOrder(table: BreachTable, by: OrderKey, desc: boolean): Uint32Array | null {
  if (table.length <= EAGER_ORDER_ROWS) return sortedOrder(table, by, desc);
  return cache.get(table)?.get(`${by}:${desc ? 'desc' : 'asc'}`) ?? null;
}

function build(table: BreachTable, by: OrderKey, desc: boolean): Uint32Array {
  const n = table.length;
  switch (by) {
    case 'individuals':
      return byCount(table, desc);
    case 'submitted': {
      const { day } = table;
      let minDay = Infinity;
      for (let i = 0; i < n; i += 1) minDay = Math.min(minDay, day[i]!);
      const key = new Uint32Array(n);
      // Days span far less than 2^32: the offset from the first day (complemented, descending).
      for (let i = 0; i < n; i += 1) {
        const d = day[i]! - minDay;
        key[i] = desc ? 0xffffffff - d : d;
      }
      return radix(identity(n), key);
    }
    case 'state': {
      const { codes, keys } = table.state;
      const none = keys.indexOf('');
      const rank = new Uint32Array(keys.length);
      // keys are sorted, so the code order is the alphabetical order; '' goes after every state.
      for (let c = 0; c < keys.length; c += 1)
        rank[c] = c === none ? keys.length : desc ? keys.length - 1 - c : c;
      // Stable: within a state the rows keep the largest-count-first order.
      const rows = sortedOrder(table, 'individuals', true).slice();
      const key = new Uint32Array(n);
      for (let k = 0; k < n; k += 1) key[k] = rank[codes[rows[k]!]!]!;
      return radix(rows, key);
    }
    default:
      throw new TypeError(`sortedOrder: unknown key ${String(by as unknown)}`);
  }
}

/**
 * Known counts first (by count), unknown ones after them in row order. Counts are whole numbers
 * below 2^32 in any real list: one 32-bit key (complemented for descending); anything else is
 * sorted with the comparator.
 */
function byCount(table: BreachTable, desc: boolean): Uint32Array {
  const { individuals, hasCount } = table;
  const n = table.length;
  let known = 0;
  let whole = true;
  for (let i = 0; i < n; i += 1) {
    const v = individuals[i]!;
    known += hasCount[i]!;
    if (!(v >= 0 && v <= 0xffffffff && Math.floor(v) === v)) whole = false;
  }
  const out = new Uint32Array(n);
  let k = 0;
  let u = known;
  for (let i = 0; i < n; i += 1) {
    if (hasCount[i] === 1) out[k++] = i;
    else out[u++] = i;
  }
  const rows = out.subarray(0, known);
  if (!whole) {
    const sign = desc ? -1 : 1;
    rows.sort((a, b) => sign * (individuals[a]! - individuals[b]!) || a - b);
    return out;
  }
  const key = new Uint32Array(known);
  for (let j = 0; j < known; j += 1) {
    const v = individuals[rows[j]!]!;
    key[j] = desc ? 0xffffffff - v : v;
  }
  out.set(radix(rows.slice(), key), 0);
  return out;
}

function identity(n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) rows[i] = i;
  return rows;
}

const DIGIT = 11;
const BUCKETS = 1 << DIGIT;

/**
 * Stable LSD radix sort of `rows` by `key` (key[k] belongs to rows[k]; both are reordered
 * together, so every read is sequential), 11 bits a pass (the counts stay in L1); a pass whose
 * digit is the same for every row is skipped. Returns the sorted rows; the inputs are reused.
 */
function radix(rows: Uint32Array, key: Uint32Array): Uint32Array {
  const n = rows.length;
  let fromRows: Uint32Array = rows;
  let fromKey: Uint32Array = key;
  let toRows: Uint32Array = new Uint32Array(n);
  let toKey: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  for (let shift = 0; shift < 32; shift += DIGIT) {
    counts.fill(0);
    for (let k = 0; k < n; k += 1) {
      const d = (fromKey[k]! >>> shift) & (BUCKETS - 1);
      counts[d] = counts[d]! + 1;
    }
    if (n === 0 || counts[(fromKey[0]! >>> shift) & (BUCKETS - 1)] === n) continue;
    let sum = 0;
    for (let d = 0; d < BUCKETS; d += 1) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k += 1) {
      const x = fromKey[k]!;
      const d = (x >>> shift) & (BUCKETS - 1);
      const at = counts[d]!;
      toRows[at] = fromRows[k]!;
      toKey[at] = x;
      counts[d] = at + 1;
    }
    [fromRows, toRows] = [toRows, fromRows];
    [fromKey, toKey] = [toKey, fromKey];
  }
  return fromRows;
}
