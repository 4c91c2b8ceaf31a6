import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BreachTable } from '../../../src/data/table/BreachTable';
import {
  EAGER_ORDER_ROWS,
  readyOrder,
  sortedOrder,
  type OrderKey,
} from '../../../src/data/table/sortedOrder';
import { selectRows } from '../../../src/data/views/filterTable';
import { largestBreaches } from '../../../src/data/views/largestBreaches';
import { sortedRows } from '../../../src/features/explorer/largestTableModel';
import { syntheticBreaches } from '../../../src/testing/syntheticBreaches';
import { clauseArbitrary } from '../clauseArbitrary';
import { fixtureTable } from '../breachFixture';

/** The reference: a comparator sort, as slow and obvious as possible. */
function reference(table: BreachTable, rows: Iterable<number>, by: OrderKey, desc: boolean) {
  const sign = desc ? -1 : 1;
  const { individuals, hasCount, day } = table;
  const byCount = (a: number, b: number) =>
    hasCount[b]! - hasCount[a]! || sign * (individuals[a]! - individuals[b]!) || a - b;
  const stateKey = (r: number) => table.state.keys[table.state.codes[r]!]!;
  return Array.from(rows).sort((a, b) => {
    if (by === 'individuals') return byCount(a, b);
    if (by === 'submitted') return sign * (day[a]! - day[b]!) || a - b;
    const sa = stateKey(a);
    const sb = stateKey(b);
    const missing = Number(sa === '') - Number(sb === '');
    return (
      missing ||
      sign * (sa < sb ? -1 : sa > sb ? 1 : 0) ||
      hasCount[b]! - hasCount[a]! ||
      individuals[b]! - individuals[a]! ||
      a - b
    );
  });
}

/** Many ties: counts from a handful of values (unknown ones too), days and states repeated. */
function tiedTable(): BreachTable {
  const t = syntheticBreaches(4_000, 17);
  const individuals = Float64Array.from(t.individuals, (v, i) => (t.hasCount[i] ? v % 7 : 0) * 500);
  const day = Int32Array.from(t.day, (d) => d - (d % 90));
  return { ...t, individuals, day };
}

const KEYS: OrderKey[] = ['individuals', 'submitted', 'state'];

describe('sortedOrder', () => {
  it('sortedOrder(table, by, desc) lists every row once in the comparator order, ties by row', () => {
    for (const table of [fixtureTable(), syntheticBreaches(3_000, 5), tiedTable()]) {
      const all = Array.from({ length: table.length }, (_, i) => i);
      for (const by of KEYS)
        for (const desc of [false, true])
          expect(Array.from(sortedOrder(table, by, desc)), `${by} ${desc}`).toEqual(
            reference(table, all, by, desc),
          );
    }
  });

  it('sortedOrder(table, by, desc) is computed once per table and key', () => {
    const table = syntheticBreaches(500, 3);
    expect(sortedOrder(table, 'submitted', true)).toBe(sortedOrder(table, 'submitted', true));
    expect(sortedOrder(table, 'submitted', true)).not.toBe(sortedOrder(table, 'submitted', false));
  });

  it("readyOrder(table, …) builds a small table's order on use; a large table's only once built ahead, with the same pages either way", () => {
    const large = syntheticBreaches(EAGER_ORDER_ROWS + 5_000, 11);
    const rows = selectRows(large, [
      { kind: 'in', source: 'a', field: 'breachType', values: ['Theft'] },
    ]);
    const sort = { by: 'individuals', direction: 'desc' } as const;
    expect(readyOrder(large, 'individuals', true)).toBeNull();
    const fromHeap = Array.from(largestBreaches(large, rows, 40, sort));
    const order = sortedOrder(large, 'individuals', true);
    expect(readyOrder(large, 'individuals', true)).toBe(order);
    expect(Array.from(largestBreaches(large, rows, 40, sort))).toEqual(fromHeap);
    expect(fromHeap).toEqual(reference(large, rows, 'individuals', true).slice(0, 40));
    const small = syntheticBreaches(200, 2);
    expect(readyOrder(small, 'state', false)).toBe(sortedOrder(small, 'state', false));
  });

  it('largestBreaches and the table read from the presorted order equal a sort of the selected rows, for random clauses, ties included', () => {
    const table = tiedTable();
    fc.assert(
      fc.property(
        fc.array(clauseArbitrary(table, ['a', 'b']), { maxLength: 3 }),
        fc.constantFrom(...KEYS),
        fc.boolean(),
        fc.integer({ min: 1, max: 120 }),
        (clauses, by, desc, n) => {
          const rows = selectRows(table, clauses);
          const expected = reference(table, rows, by, desc).slice(0, n);
          expect(Array.from(sortedRows(table, rows, by, desc, n))).toEqual(expected);
          if (by !== 'state')
            expect(
              Array.from(largestBreaches(table, rows, n, { by, direction: desc ? 'desc' : 'asc' })),
            ).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
