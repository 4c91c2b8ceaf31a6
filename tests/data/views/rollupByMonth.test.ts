import { describe, expect, it } from 'vitest';
import { selectRows } from '../../../src/data/views/filterTable';
import { rollupByMonth } from '../../../src/data/views/rollupByMonth';
import { fixtureTable, rowsOf } from '../breachFixture';

const table = fixtureTable();

describe('rollupByMonth', () => {
  it('rollupByMonth(table, rows) sums breaches and individuals per submission month, zero-filled from first to last month', () => {
    const result = rollupByMonth(table, selectRows(table, []));
    expect(result).toHaveLength(72); // 2019-03 … 2025-02
    expect(result[0]).toEqual({
      month: 2019 * 12 + 2,
      year: 2019,
      monthIndex: 2,
      label: '2019-03',
      breaches: 1,
      individuals: 1_000,
      unknownCounts: 0,
    });
    expect(result.at(-1)).toMatchObject({ label: '2025-02', breaches: 1, individuals: 4_200 });
    expect(result.find((m) => m.label === '2020-01')).toMatchObject({
      breaches: 2,
      individuals: 500,
      unknownCounts: 1,
    });
    expect(result.find((m) => m.label === '2023-06')).toMatchObject({
      breaches: 2,
      individuals: 12_003_000,
    });
    expect(result.find((m) => m.label === '2022-05')).toMatchObject({
      breaches: 0,
      individuals: 0,
      unknownCounts: 0,
    });
    expect(result.reduce((n, m) => n + m.breaches, 0)).toBe(13);
    expect(result.reduce((n, m) => n + m.individuals, 0)).toBe(12_163_851);
  });

  it('rollupByMonth(table, rows) keeps the whole month axis when rows are filtered', () => {
    const result = rollupByMonth(table, rowsOf(table, 'r10'));
    expect(result).toHaveLength(72);
    expect(result.filter((m) => m.breaches > 0)).toEqual([
      {
        month: 2024 * 12 + 11,
        year: 2024,
        monthIndex: 11,
        label: '2024-12',
        breaches: 1,
        individuals: 800,
        unknownCounts: 0,
      },
    ]);
  });
});
