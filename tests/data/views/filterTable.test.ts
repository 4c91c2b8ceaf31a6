import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FilterClause } from '../../../src/data/views/FilterClause';
import { selectRows } from '../../../src/data/views/filterTable';
import { syntheticBreaches } from '../../../src/testing/syntheticBreaches';
import { fixtureTable, idsOf } from '../breachFixture';
import { clauseArbitrary, rowMeets } from '../clauseArbitrary';

const table = fixtureTable();
const select = (clauses: FilterClause[], except?: string) =>
  idsOf(table, selectRows(table, clauses, except === undefined ? {} : { except }));
const years = (lo: number, hi: number): FilterClause => ({
  kind: 'range',
  source: 'years',
  field: 'year',
  lo,
  hi,
});

describe('selectRows', () => {
  it('selectRows(table, []) returns every row index in order', () => {
    expect(Array.from(selectRows(table, []))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(selectRows(table, [])).toBeInstanceOf(Uint32Array);
  });

  it('selectRows(table, clauses) keeps rows inside an inclusive year, month or day range', () => {
    expect(select([years(2020, 2021)])).toEqual(['r03', 'r04', 'r05', 'r06', 'r13']);
    expect(
      select([{ kind: 'range', source: 'm', field: 'month', lo: 2020 * 12, hi: 2020 * 12 }]),
    ).toEqual(['r03', 'r04']);
    const r05 = table.day[4]!;
    expect(select([{ kind: 'range', source: 'd', field: 'day', lo: r05, hi: r05 }])).toEqual([
      'r05',
    ]);
  });

  it('selectRows(table, clauses) filters by individuals affected, an unknown count counting as 0', () => {
    const size = (lo: number, hi: number): FilterClause => ({
      kind: 'range',
      source: 'mega',
      field: 'individuals',
      lo,
      hi,
    });
    expect(select([size(0, 999)])).toEqual(['r03', 'r04', 'r06', 'r09', 'r10', 'r11', 'r13']);
    expect(select([size(100_000, Number.POSITIVE_INFINITY)])).toEqual(['r05', 'r07']);
    expect(select([size(1e15, 1e16)])).toEqual([]);
  });

  it('selectRows(table, clauses) treats lo > hi and NaN as no match, and ±Infinity as an open end', () => {
    expect(select([years(2021, 2020)])).toEqual([]);
    expect(select([years(Number.NaN, 2030)])).toEqual([]);
    expect(select([years(2024.5, Number.POSITIVE_INFINITY)])).toEqual(['r11', 'r12']);
    expect(select([years(Number.NEGATIVE_INFINITY, 2019)])).toEqual(['r01', 'r02']);
  });

  it('selectRows(table, clauses) keeps rows whose category is in the set, with "" for empty values', () => {
    expect(select([{ kind: 'in', source: 'map', field: 'state', values: ['CA', ''] }])).toEqual([
      'r01',
      'r03',
      'r04',
      'r09',
      'r12',
    ]);
    expect(
      select([{ kind: 'in', source: 'ba', field: 'businessAssociate', values: [''] }]),
    ).toEqual(['r04']);
    expect(select([{ kind: 'in', source: 's', field: 'status', values: ['open'] }])).toEqual([
      'r07',
      'r09',
      'r10',
      'r11',
      'r12',
    ]);
    expect(select([{ kind: 'in', source: 'p', field: 'placeholder', values: ['1'] }])).toEqual([
      'r04',
      'r09',
    ]);
    expect(
      select([
        { kind: 'in', source: 'e', field: 'entityType', values: ['', 'Business Associate'] },
      ]),
    ).toEqual(['r05', 'r10']);
  });

  it('selectRows(table, clauses) matches a multi-valued field when the breach has ANY selected value', () => {
    expect(
      select([{ kind: 'in', source: 't', field: 'breachType', values: ['Theft', 'Loss'] }]),
    ).toEqual(['r02', 'r06', 'r12']);
    expect(
      select([
        {
          kind: 'in',
          source: 't',
          field: 'breachType',
          values: ['Unauthorized Access/Disclosure'],
        },
      ]),
    ).toEqual(['r02', 'r03', 'r05']);
    expect(select([{ kind: 'in', source: 't', field: 'breachType', values: [''] }])).toEqual([
      'r13',
    ]);
    expect(select([{ kind: 'in', source: 'l', field: 'location', values: ['Email'] }])).toEqual([
      'r03',
      'r05',
      'r09',
    ]);
  });

  it('selectRows(table, clauses) matches nothing for an empty value set or unknown keys', () => {
    expect(select([{ kind: 'in', source: 'map', field: 'state', values: [] }])).toEqual([]);
    expect(select([{ kind: 'in', source: 'map', field: 'state', values: ['ZZ'] }])).toEqual([]);
    expect(select([{ kind: 'in', source: 't', field: 'breachType', values: ['Ransom'] }])).toEqual(
      [],
    );
  });

  it('selectRows(table, clauses) searches names case-insensitively as plain text', () => {
    const search = (text: string): FilterClause => ({
      kind: 'search',
      source: 'q',
      field: 'name',
      text,
    });
    expect(select([search('juliet')])).toEqual(['r11']);
    expect(select([search('HEALTH')])).toEqual(['r02', 'r07']);
    expect(select([search('=sum(a1')])).toEqual(['r02']);
    expect(select([search(', llc')])).toEqual(['r05']);
    expect(select([search('.*')])).toEqual([]);
    expect(select([search('  ')])).toHaveLength(13);
  });

  it('selectRows(table, clauses) ANDs clauses, including two from the same source', () => {
    const map: FilterClause = { kind: 'in', source: 'map', field: 'state', values: ['CA', ''] };
    expect(select([years(2020, 2021), map])).toEqual(['r03', 'r04']);
    expect(select([years(2020, 2025), years(2019, 2020)])).toEqual(['r03', 'r04', 'r05']);
  });

  it('selectRows(table, clauses, { except }) ignores every clause of that source', () => {
    const map: FilterClause = { kind: 'in', source: 'map', field: 'state', values: ['CA', ''] };
    expect(select([years(2020, 2021), map], 'map')).toEqual(['r03', 'r04', 'r05', 'r06', 'r13']);
    expect(select([years(2020, 2021), map], 'years')).toEqual(['r01', 'r03', 'r04', 'r09', 'r12']);
    expect(select([years(2020, 2021), years(2023, 2023), map], 'years')).toEqual([
      'r01',
      'r03',
      'r04',
      'r09',
      'r12',
    ]);
    expect(select([years(2020, 2021)], 'nobody')).toEqual(['r03', 'r04', 'r05', 'r06', 'r13']);
  });

  it('selectRows(table, clauses, options) equals a row-by-row check of every clause on synthetic data', () => {
    const synthetic = syntheticBreaches(2_000, 11);
    const sources = ['a', 'b', 'c'];
    fc.assert(
      fc.property(
        fc.array(clauseArbitrary(synthetic, sources), { maxLength: 4 }),
        fc.option(fc.constantFrom(...sources)),
        (clauses, except) => {
          const got = Array.from(selectRows(synthetic, clauses, except === null ? {} : { except }));
          const active = clauses.filter((c) => c.source !== except);
          const want: number[] = [];
          for (let r = 0; r < synthetic.length; r += 1)
            if (active.every((c) => rowMeets(synthetic, r, c))) want.push(r);
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 150 },
    );
  });
});
