import type { BreachTable } from './BreachTable';

/** Orders the largest-breaches table can be read in without sorting at click time. */
export type OrderKey = 'individuals' | 'submitted' | 'state';

/**
 * Every row of the table in one sort order, computed once per table, key and direction (lazily, on
 * first use) with stable LSD radix passes over 16-bit digits (O(rows), no comparator calls):
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
      // Days span far less than 2^32: the offset from the first day (or the last, descending).
      for (let i = 0; i < n; i += 1) {
        const d = day[i]! - minDay;
        key[i] = desc ? 0xffffffff - d : d;
      }
      return radix(identity(n), null, key);
    }
    case 'state': {
      const { codes, keys } = table.state;
      const none = keys.indexOf('');
      const rank = new Uint32Array(keys.length);
      // keys are sorted, so the code order is the alphabetical order; '' goes after every state.
      for (let c = 0; c < keys.length; c += 1)
        rank[c] = c === none ? keys.length : desc ? keys.length - 1 - c : c;
      const key = new Uint32Array(n);
      for (let i = 0; i < n; i += 1) key[i] = rank[codes[i]!]!;
      // Stable: within a state the rows keep the largest-count-first order.
      return radix(sortedOrder(table, 'individuals', true).slice(), null, key);
    }
    default:
      throw new TypeError(`sortedOrder: unknown key ${String(by as unknown)}`);
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Known counts by the bits of their float64 value (for non-negative numbers the bit patterns
 * order like the values), complemented for descending; unknown counts after them in row order.
 */
function byCount(table: BreachTable, desc: boolean): Uint32Array {
  const { individuals, hasCount } = table;
  const n = table.length;
  const words = new Uint32Array(individuals.buffer, individuals.byteOffset, 2 * n);
  const hiAt = LITTLE_ENDIAN ? 1 : 0;
  const loAt = 1 - hiAt;
  let known = 0;
  for (let i = 0; i < n; i += 1) known += hasCount[i]!;
  const rows = new Uint32Array(known);
  const unknown = new Uint32Array(n - known);
  let k = 0;
  let u = 0;
  for (let i = 0; i < n; i += 1) {
    if (hasCount[i] === 1) rows[k++] = i;
    else unknown[u++] = i;
  }
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const flip = desc ? 0xffffffff : 0;
  for (let i = 0; i < n; i += 1) {
    hi[i] = (words[2 * i + hiAt]! ^ flip) >>> 0;
    lo[i] = (words[2 * i + loAt]! ^ flip) >>> 0;
  }
  const sorted = radix(rows, hi, lo);
  const out = new Uint32Array(n);
  out.set(sorted, 0);
  out.set(unknown, known);
  return out;
}

function identity(n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) rows[i] = i;
  return rows;
}

/**
 * Stable LSD radix sort of `rows` by (hi[row], lo[row]) as unsigned 32-bit words, 16 bits a pass;
 * a pass whose digit is the same for every row is skipped. Returns the sorted rows.
 */
function radix(rows: Uint32Array, hi: Uint32Array | null, lo: Uint32Array): Uint32Array {
  let from: Uint32Array = rows;
  let to: Uint32Array = new Uint32Array(rows.length);
  const counts = new Uint32Array(65_536);
  const passes: [Uint32Array, number][] = [
    [lo, 0],
    [lo, 16],
  ];
  if (hi) passes.push([hi, 0], [hi, 16]);
  for (const [key, shift] of passes) {
    counts.fill(0);
    for (let k = 0; k < from.length; k += 1) {
      const d = (key[from[k]!]! >>> shift) & 0xffff;
      counts[d] = counts[d]! + 1;
    }
    if (from.length === 0 || counts[(key[from[0]!]! >>> shift) & 0xffff] === from.length) continue;
    let sum = 0;
    for (let d = 0; d < 65_536; d += 1) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < from.length; k += 1) {
      const r = from[k]!;
      const d = (key[r]! >>> shift) & 0xffff;
      to[counts[d]!] = r;
      counts[d] = counts[d]! + 1;
    }
    const t = from;
    from = to;
    to = t;
  }
  return from;
}
