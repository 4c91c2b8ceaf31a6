import fc from 'fast-check';
import type { BreachTable } from '../../src/data/table/BreachTable';
import { categoryColumn } from '../../src/data/table/categoryColumn';
import type { FilterClause, InField } from '../../src/data/views/FilterClause';
import { breachName } from '../../src/data/table/breachText';

const IN_FIELDS: InField[] = [
  'state',
  'entityType',
  'breachType',
  'location',
  'businessAssociate',
  'status',
  'placeholder',
];

/** Random clauses over a table's real ranges and keys, from a few sources (so some share one). */
export function clauseArbitrary(
  table: BreachTable,
  sources: readonly string[],
): fc.Arbitrary<FilterClause> {
  const span = table.span!;
  const source = fc.constantFrom(...sources);
  const range = (field: 'year' | 'month' | 'day' | 'individuals', min: number, max: number) =>
    fc.record({
      kind: fc.constant('range' as const),
      source,
      field: fc.constant(field),
      lo: fc.integer({ min: min - 2, max: max + 2 }),
      hi: fc.integer({ min: min - 2, max: max + 2 }),
    });
  const inClause = fc.constantFrom(...IN_FIELDS).chain((field) =>
    fc.record({
      kind: fc.constant('in' as const),
      source,
      field: fc.constant(field),
      values: fc.subarray([...categoryColumn(table, field).keys, 'no such key']),
    }),
  );
  const search = fc.record({
    kind: fc.constant('search' as const),
    source,
    field: fc.constant('name' as const),
    text: fc.constantFrom('', 'entity 1', 'ENTITY 23', '7', 'zz', ' synthetic '),
  });
  return fc.oneof(
    range('year', span.minYear, span.maxYear),
    range('month', span.minMonth, span.maxMonth),
    range('day', span.minDay, span.maxDay),
    range('individuals', 0, 20_000),
    inClause,
    inClause,
    search,
  );
}

/** Reference semantics of one clause for one row: slow and obvious, for checking the kernels. */
export function rowMeets(table: BreachTable, row: number, clause: FilterClause): boolean {
  switch (clause.kind) {
    case 'range': {
      const value = table[clause.field][row]!;
      return value >= clause.lo && value <= clause.hi;
    }
    case 'in': {
      const view = categoryColumn(table, clause.field);
      if (view.multi)
        return view.keys.some(
          (key, b) => (view.masks[row]! & (1 << b)) !== 0 && clause.values.includes(key),
        );
      return clause.values.includes(view.keys[view.codes[row]!]!);
    }
    case 'search': {
      const needle = clause.text.trim().toLowerCase();
      return needle === '' || breachName(table, row).toLowerCase().includes(needle);
    }
  }
}
