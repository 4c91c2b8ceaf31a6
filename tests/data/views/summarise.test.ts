import { describe, expect, it } from 'vitest';
import { buildBreachTable } from '../../../src/data/table/buildBreachTable';
import { selectRows } from '../../../src/data/views/filterTable';
import { summarise } from '../../../src/data/views/summarise';
import { fixtureTable, rowsOf } from '../breachFixture';
import { rowOfId } from '../../../src/data/table/breachText';

const table = fixtureTable();

describe('summarise', () => {
  it('summarise(table, rows) totals breaches and individuals, counting a multi-type breach once', () => {
    const summary = summarise(table, selectRows(table, []));
    expect(summary).toEqual({
      breaches: 13,
      individuals: 12_163_851,
      unknownCounts: 2,
      placeholders: 2,
      largest: rowOfId(table, 'r07'),
      hackingShare: { byIndividuals: 12_152_001 / 12_163_851, byBreaches: 5 / 13 },
    });
  });

  it('summarise(table, rows) gives the hacking share of a selection by individuals and by breaches', () => {
    const summary = summarise(table, rowsOf(table, 'r02', 'r05', 'r06'));
    expect(summary.breaches).toBe(3);
    expect(summary.individuals).toBe(153_200);
    expect(summary.hackingShare).toEqual({ byIndividuals: 150_000 / 153_200, byBreaches: 1 / 3 });
    expect(summary.largest).toBe(rowOfId(table, 'r05'));
  });

  it('summarise(table, rows) returns null rather than NaN where nothing is known', () => {
    expect(summarise(table, new Uint32Array(0))).toEqual({
      breaches: 0,
      individuals: 0,
      unknownCounts: 0,
      placeholders: 0,
      largest: null,
      hackingShare: { byIndividuals: null, byBreaches: null },
    });
    const unknownOnly = summarise(table, rowsOf(table, 'r03', 'r11'));
    expect(unknownOnly).toMatchObject({
      breaches: 2,
      unknownCounts: 2,
      largest: null,
      hackingShare: { byIndividuals: null, byBreaches: 0 },
    });
    expect(summarise(buildBreachTable([]), new Uint32Array(0)).largest).toBeNull();
  });
});
