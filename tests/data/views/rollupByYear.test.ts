import { describe, expect, it } from 'vitest';
import { buildBreachTable } from '../../../src/data/table/buildBreachTable';
import { selectRows } from '../../../src/data/views/filterTable';
import { rollupByYear } from '../../../src/data/views/rollupByYear';
import { fixtureTable, rowsOf } from '../breachFixture';

const table = fixtureTable();

describe('rollupByYear', () => {
  it('rollupByYear(table, rows) sums breaches, individuals affected and unknown counts per submission year', () => {
    expect(rollupByYear(table, selectRows(table, []))).toEqual([
      { year: 2019, breaches: 2, individuals: 3_500, unknownCounts: 0 },
      { year: 2020, breaches: 3, individuals: 150_500, unknownCounts: 1 },
      { year: 2021, breaches: 2, individuals: 1_350, unknownCounts: 0 },
      { year: 2022, breaches: 0, individuals: 0, unknownCounts: 0 },
      { year: 2023, breaches: 2, individuals: 12_003_000, unknownCounts: 0 },
      { year: 2024, breaches: 2, individuals: 1_301, unknownCounts: 0 },
      { year: 2025, breaches: 2, individuals: 4_200, unknownCounts: 1 },
    ]);
  });

  it('rollupByYear(table, rows) keeps every year of the table on the axis when rows are filtered', () => {
    const result = rollupByYear(table, rowsOf(table, 'r07', 'r11'));
    expect(result.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(result.find((y) => y.year === 2023)).toEqual({
      year: 2023,
      breaches: 1,
      individuals: 12_000_000,
      unknownCounts: 0,
    });
    expect(result.find((y) => y.year === 2025)).toEqual({
      year: 2025,
      breaches: 1,
      individuals: 0,
      unknownCounts: 1,
    });
    expect(rollupByYear(table, new Uint32Array(0)).every((y) => y.breaches === 0)).toBe(true);
  });

  it('rollupByYear(table, rows) counts a breach with several breach types once', () => {
    const result = rollupByYear(table, rowsOf(table, 'r02', 'r05'));
    expect(result.reduce((n, y) => n + y.breaches, 0)).toBe(2);
  });

  it('rollupByYear(emptyTable, rows) is empty', () => {
    expect(rollupByYear(buildBreachTable([]), new Uint32Array(0))).toEqual([]);
  });
});
