import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countByCategory } from '../../src/data/views/countByCategory';
import type { FilterClause } from '../../src/data/views/FilterClause';
import { selectRows } from '../../src/data/views/filterTable';
import { rollupByMonth } from '../../src/data/views/rollupByMonth';
import { rollupByYear } from '../../src/data/views/rollupByYear';
import { summarise } from '../../src/data/views/summarise';
import { syntheticBreaches } from '../../src/testing/syntheticBreaches';
import { explorerStats, explorerViews } from '../../src/features/explorer/explorerViews';
import { SOURCES } from '../../src/state/clausesFromView';
import { DIMENSIONS } from '../../src/state/dimensions';
import { clauseArbitrary } from '../data/clauseArbitrary';

// Every source a clause can have (the overview and the table's rows have none of their own).
const sources = [SOURCES.time, SOURCES.search, SOURCES.mega, ...DIMENSIONS.map((d) => d.source)];

describe('explorerViews', () => {
  it('explorerViews(table, clauses) equals one naive filter + aggregation per view, over a random run of filter changes (its cache included)', () => {
    const table = syntheticBreaches(1_500, 11);
    fc.assert(
      fc.property(
        fc.array(fc.array(clauseArbitrary(table, sources), { maxLength: 5 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (steps) => {
          for (const clauses of steps) {
            const views = explorerViews(table, clauses);
            const except = (source: string) => selectRows(table, clauses, { except: source });
            expect(views.byYear).toEqual(rollupByYear(table, except(SOURCES.time)));
            expect(views.byMonth).toEqual(rollupByMonth(table, except(SOURCES.time)));
            expect(views.summary).toEqual(summarise(table, except('overview')));
            expect(views.rows).toEqual(selectRows(table, clauses));
            for (const d of DIMENSIONS)
              expect(views[d.key]).toEqual(countByCategory(table, except(d.source), d.column));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('explorerViews keeps the object of a view whose clauses did not change, and clearing a filter runs no pass', () => {
    const table = syntheticBreaches(800, 5);
    const theft: FilterClause = {
      kind: 'in',
      source: SOURCES.breachType,
      field: 'breachType',
      values: ['Theft'],
    };
    const none = explorerViews(table, []);
    const passes = explorerStats.crossfilterPasses;
    const filtered = explorerViews(table, [theft]);
    expect(explorerStats.crossfilterPasses).toBe(passes + 1);
    // The breach-type chart ignores its own filter: the same object, so its panel does not re-render.
    expect(filtered.breachType).toBe(none.breachType);
    expect(filtered.state).not.toBe(none.state);
    // Back to no filter: every view is the unfiltered result kept from before, with no pass.
    const cleared = explorerViews(table, []);
    expect(explorerStats.crossfilterPasses).toBe(passes + 1);
    expect(cleared.state).toBe(none.state);
    expect(cleared.summary).toBe(none.summary);
  });
});
