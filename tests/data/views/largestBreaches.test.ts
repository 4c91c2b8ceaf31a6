import { describe, expect, it } from 'vitest';
import { selectRows } from '../../../src/data/views/filterTable';
import { largestBreaches } from '../../../src/data/views/largestBreaches';
import { syntheticBreaches } from '../../../src/testing/syntheticBreaches';
import { fixtureTable, idsOf, rowsOf } from '../breachFixture';

const table = fixtureTable();
const all = selectRows(table, []);

describe('largestBreaches', () => {
  it('largestBreaches(table, rows, n, individuals desc) lists the n largest counts, unknown counts never first', () => {
    expect(
      idsOf(table, largestBreaches(table, all, 4, { by: 'individuals', direction: 'desc' })),
    ).toEqual(['r07', 'r05', 'r12', 'r08']);
    expect(
      idsOf(table, largestBreaches(table, all, 13, { by: 'individuals', direction: 'desc' })).slice(
        -2,
      ),
    ).toEqual(['r03', 'r11']);
  });

  it('largestBreaches(table, rows, n, individuals asc) puts the smallest known counts first and unknown ones last', () => {
    expect(
      idsOf(table, largestBreaches(table, all, 3, { by: 'individuals', direction: 'asc' })),
    ).toEqual(['r04', 'r09', 'r13']);
    expect(
      idsOf(table, largestBreaches(table, all, 13, { by: 'individuals', direction: 'asc' })).slice(
        -2,
      ),
    ).toEqual(['r03', 'r11']);
  });

  it('largestBreaches(table, rows, n, sort) sorts by submission date or by name', () => {
    expect(
      idsOf(table, largestBreaches(table, all, 2, { by: 'submitted', direction: 'desc' })),
    ).toEqual(['r12', 'r11']);
    expect(idsOf(table, largestBreaches(table, all, 3, { by: 'name', direction: 'asc' }))).toEqual([
      'r11',
      'r02',
      'r01',
    ]);
  });

  it('largestBreaches(table, rows, n, sort) only looks at the given rows and handles n beyond them', () => {
    expect(
      idsOf(
        table,
        largestBreaches(table, rowsOf(table, 'r01', 'r06'), 10, {
          by: 'individuals',
          direction: 'desc',
        }),
      ),
    ).toEqual(['r01', 'r06']);
    expect(largestBreaches(table, all, 0, { by: 'individuals', direction: 'desc' })).toHaveLength(
      0,
    );
  });

  it('largestBreaches(table, rows, n, sort) equals the head of a full sort on synthetic data', () => {
    const synthetic = syntheticBreaches(3_000, 5);
    const rows = selectRows(synthetic, [
      { kind: 'range', source: 'y', field: 'year', lo: 2015, hi: 2022 },
    ]);
    const full = Array.from(rows).sort(
      (a, b) =>
        synthetic.hasCount[b]! - synthetic.hasCount[a]! ||
        synthetic.individuals[b]! - synthetic.individuals[a]! ||
        a - b,
    );
    expect(
      Array.from(largestBreaches(synthetic, rows, 25, { by: 'individuals', direction: 'desc' })),
    ).toEqual(full.slice(0, 25));
  });
});
