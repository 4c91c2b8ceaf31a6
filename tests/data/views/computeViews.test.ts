import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BreachTable } from '../../../src/data/table/BreachTable';
import { computeViews, type ViewSpec } from '../../../src/data/views/computeViews';
import { countByCategory } from '../../../src/data/views/countByCategory';
import type { FilterClause } from '../../../src/data/views/FilterClause';
import { selectRows } from '../../../src/data/views/filterTable';
import { largestBreaches } from '../../../src/data/views/largestBreaches';
import { rollupByMonth } from '../../../src/data/views/rollupByMonth';
import { rollupByYear } from '../../../src/data/views/rollupByYear';
import { summarise } from '../../../src/data/views/summarise';
import { syntheticBreaches } from '../../../src/testing/syntheticBreaches';
import { fixtureTable } from '../breachFixture';
import { clauseArbitrary } from '../clauseArbitrary';

/** What computeViews must equal: one full filter + aggregation per view. */
function separately(table: BreachTable, clauses: readonly FilterClause[], view: ViewSpec): unknown {
  const rows = selectRows(table, clauses, { except: view.source });
  switch (view.kind) {
    case 'byYear':
      return rollupByYear(table, rows);
    case 'byMonth':
      return rollupByMonth(table, rows);
    case 'byCategory':
      return countByCategory(table, rows, view.field);
    case 'summary':
      return summarise(table, rows);
    case 'largest':
      return largestBreaches(table, rows, view.n, view.sort);
    case 'rows':
      return rows;
  }
}

const table = fixtureTable();
const years: FilterClause = { kind: 'range', source: 'years', field: 'year', lo: 2020, hi: 2021 };
const map: FilterClause = { kind: 'in', source: 'map', field: 'state', values: ['CA', ''] };

describe('computeViews', () => {
  it('computeViews(table, clauses, views) aggregates each view under every clause but its own', () => {
    const [byYear, byState, summary] = computeViews(
      table,
      [years, map],
      [
        { source: 'years', kind: 'byYear' },
        { source: 'map', kind: 'byCategory', field: 'state' },
        { source: 'kpis', kind: 'summary' },
      ],
    );
    // The year chart sees only the map filter: r01, r03, r04, r09, r12.
    expect(byYear).toMatchObject({ kind: 'byYear', rows: 5 });
    expect(
      byYear?.kind === 'byYear' && byYear.value.map((y) => [y.year, y.breaches, y.individuals]),
    ).toEqual([
      [2019, 1, 1_000],
      [2020, 2, 500],
      [2021, 0, 0],
      [2022, 0, 0],
      [2023, 0, 0],
      [2024, 1, 501],
      [2025, 1, 4_200],
    ]);
    // The map sees only the year filter: r03, r04, r05, r06, r13.
    expect(
      byState?.kind === 'byCategory' &&
        byState.value.filter((c) => c.breaches > 0).map((c) => [c.key, c.individuals]),
    ).toEqual([
      ['NY', 150_000],
      ['TX', 700],
      ['WA', 650],
      ['', 500],
      ['CA', 0],
    ]);
    // The summary has no clause of its own: both apply (r03, r04).
    expect(summary).toMatchObject({
      kind: 'summary',
      rows: 2,
      value: { breaches: 2, individuals: 500, unknownCounts: 1 },
    });
  });

  it('computeViews(table, [], views) gives every view the whole table', () => {
    const [summary] = computeViews(table, [], [{ source: 'kpis', kind: 'summary' }]);
    expect(summary).toMatchObject({ rows: 13, value: { breaches: 13, individuals: 12_163_851 } });
  });

  it('computeViews(table, clauses, views) equals selectRows(except the view) + its aggregation, for random clauses', () => {
    const synthetic = syntheticBreaches(2_000, 3);
    const sources = ['years', 'map', 'types', 'search', 'other'];
    const views: ViewSpec[] = [
      { source: 'years', kind: 'byYear' },
      { source: 'years', kind: 'byMonth' },
      { source: 'map', kind: 'byCategory', field: 'state' },
      { source: 'types', kind: 'byCategory', field: 'breachType' },
      { source: 'kpis', kind: 'summary' },
      { source: 'table', kind: 'largest', n: 20, sort: { by: 'individuals', direction: 'desc' } },
      { source: 'search', kind: 'byCategory', field: 'location' },
      { source: 'kpis', kind: 'rows' },
    ];
    fc.assert(
      fc.property(
        fc.array(clauseArbitrary(synthetic, sources), { maxLength: 6 }),
        fc.shuffledSubarray(views, { minLength: 1 }),
        (clauses, chosen) => {
          const results = computeViews(synthetic, clauses, chosen);
          chosen.forEach((view, i) => {
            expect(results[i]?.kind).toBe(view.kind);
            expect(results[i]?.source).toBe(view.source);
            expect(results[i]?.value).toEqual(separately(synthetic, clauses, view));
          });
        },
      ),
      { numRuns: 120 },
    );
  });

  it('computeViews(table, clauses, views) gives a view that no clause applies to its whole-table result, computed once', () => {
    const synthetic = syntheticBreaches(3_000, 5);
    const views: ViewSpec[] = [
      { source: 'years', kind: 'byYear' },
      { source: 'map', kind: 'byCategory', field: 'state' },
      { source: 'kpis', kind: 'rows' },
    ];
    const own: FilterClause = { kind: 'range', source: 'years', field: 'year', lo: 2015, hi: 2016 };
    const [first] = computeViews(synthetic, [own], views);
    const [, , allRows] = computeViews(synthetic, [], views);
    const [again, byState] = computeViews(synthetic, [own], views);
    // The year chart ignores its own brush: the same whole-table object both times.
    expect(again?.value).toBe(first?.value);
    expect(first?.value).toEqual(rollupByYear(synthetic, selectRows(synthetic, [])));
    // Other views still see the brush; clearing it gives every row.
    expect(byState?.rows).toBe(selectRows(synthetic, [own]).length);
    expect(allRows?.value).toEqual(selectRows(synthetic, []));
    expect(allRows?.rows).toBe(3_000);
  });

  it('computeViews(table, clauses, views) stays exact with a clause on every looked-up field at once', () => {
    const synthetic = syntheticBreaches(4_000, 21);
    const keysOf = (field: 'state' | 'entityType' | 'businessAssociate' | 'status') =>
      synthetic[field].keys.filter((_, i) => i % 2 === 0);
    const clauses: FilterClause[] = [
      { kind: 'range', source: 'years', field: 'year', lo: 2012, hi: 2024 },
      { kind: 'range', source: 'years', field: 'month', lo: 24_150, hi: 24_290 },
      { kind: 'in', source: 'map', field: 'state', values: keysOf('state') },
      { kind: 'in', source: 'entity', field: 'entityType', values: keysOf('entityType') },
      { kind: 'in', source: 'ba', field: 'businessAssociate', values: keysOf('businessAssociate') },
      { kind: 'in', source: 'other', field: 'status', values: keysOf('status') },
      {
        kind: 'in',
        source: 'types',
        field: 'breachType',
        values: ['Theft', 'Hacking/IT Incident'],
      },
      { kind: 'in', source: 'places', field: 'location', values: ['Email', 'Paper/Films'] },
      { kind: 'in', source: 'other', field: 'placeholder', values: ['0'] },
    ];
    const views: ViewSpec[] = [
      { source: 'years', kind: 'byYear' },
      { source: 'map', kind: 'byCategory', field: 'state' },
      { source: 'entity', kind: 'byCategory', field: 'entityType' },
      { source: 'ba', kind: 'byCategory', field: 'businessAssociate' },
      { source: 'types', kind: 'byCategory', field: 'breachType' },
      { source: 'places', kind: 'byCategory', field: 'location' },
      { source: 'kpis', kind: 'summary' },
      { source: 'kpis', kind: 'rows' },
    ];
    const results = computeViews(synthetic, clauses, views);
    views.forEach((view, i) =>
      expect(results[i]?.value).toEqual(separately(synthetic, clauses, view)),
    );
    expect(results[7]?.rows).toBeGreaterThan(0);
  });

  it('computeViews(table, clauses, views) stays exact with more filtered sources than it has bits for', () => {
    const synthetic = syntheticBreaches(500, 9);
    const sources = Array.from({ length: 34 }, (_, i) => `chart${i}`);
    const clauses: FilterClause[] = sources.map((source, i) => ({
      kind: 'range',
      source,
      field: 'year',
      lo: 2009 + (i % 3),
      hi: 2026 - (i % 5),
    }));
    const views: ViewSpec[] = sources.map((source) => ({ source, kind: 'summary' }));
    const results = computeViews(synthetic, clauses, views);
    views.forEach((view, i) =>
      expect(results[i]?.value).toEqual(separately(synthetic, clauses, view)),
    );
  });
});
