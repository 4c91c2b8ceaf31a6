import { describe, expect, it } from 'vitest';
import type { FilterClause } from '../../../src/data/views/FilterClause';
import { markClauseFailures } from '../../../src/data/views/markClauseFailures';
import { fixtureTable } from '../breachFixture';

const table = fixtureTable();

describe('markClauseFailures', () => {
  it('markClauseFailures(table, clauses, bits, fail) ORs each clause bit into the rows it rejects', () => {
    const clauses: FilterClause[] = [
      { kind: 'range', source: 'years', field: 'year', lo: 2020, hi: 2021 },
      { kind: 'in', source: 'types', field: 'breachType', values: ['Hacking/IT Incident'] },
    ];
    const fail = new Uint32Array(table.length);
    markClauseFailures(table, clauses, [2, 4], fail);
    // r01 (2019, hacking) fails the years only; r04 (2020, hacking) passes both; r02 fails both.
    expect(fail[0]).toBe(2);
    expect(fail[3]).toBe(0);
    expect(fail[1]).toBe(6);
    expect(fail[12]).toBe(4); // r13: 2021, no breach type
  });

  it('markClauseFailures(table, clauses, bits, fail) skips clauses whose bit is 0 and keeps earlier bits', () => {
    const fail = new Uint32Array(table.length).fill(1);
    markClauseFailures(table, [{ kind: 'in', source: 'x', field: 'state', values: [] }], [0], fail);
    expect(Array.from(fail).every((f) => f === 1)).toBe(true);
    markClauseFailures(
      table,
      [{ kind: 'in', source: 'x', field: 'state', values: ['WA'] }],
      [1 << 30],
      fail,
    );
    expect(fail[12]).toBe(1);
    expect(fail[0]).toBe(1 + (1 << 30));
  });

  it('markClauseFailures(table, clauses, bits, fail) throws on a clause it does not know', () => {
    const bad = { kind: 'near', source: 'x', field: 'name', text: 'a' } as unknown as FilterClause;
    expect(() => markClauseFailures(table, [bad], [1], new Uint32Array(table.length))).toThrow(
      TypeError,
    );
  });
});
