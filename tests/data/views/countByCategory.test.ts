import { describe, expect, it } from 'vitest';
import { countByCategory } from '../../../src/data/views/countByCategory';
import { selectRows } from '../../../src/data/views/filterTable';
import { fixtureTable, rowsOf } from '../breachFixture';

const table = fixtureTable();
const all = selectRows(table, []);
const brief = (field: Parameters<typeof countByCategory>[2], rows = all) =>
  countByCategory(table, rows, field).map((c) => [
    c.label,
    c.breaches,
    c.individuals,
    c.unknownCounts,
  ]);

describe('countByCategory', () => {
  it('countByCategory(table, rows, "state") counts breaches and individuals per state, empty as (none), sorted by breaches', () => {
    expect(brief('state')).toEqual([
      ['TX', 3, 3_200, 1],
      ['CA', 3, 1_501, 1],
      ['NY', 2, 12_150_000, 0],
      ['(none)', 2, 4_700, 0],
      ['FL', 2, 3_800, 0],
      ['WA', 1, 650, 0],
    ]);
    expect(countByCategory(table, all, 'state').find((c) => c.label === '(none)')?.key).toBe('');
  });

  it('countByCategory(table, rows, "breachType") counts a breach under EACH of its types', () => {
    const result = countByCategory(table, all, 'breachType');
    expect(result.map((c) => [c.key, c.breaches, c.individuals, c.unknownCounts])).toEqual([
      ['Hacking/IT Incident', 5, 12_152_001, 0],
      ['Unauthorized Access/Disclosure', 3, 152_500, 1],
      ['Theft', 2, 6_700, 0],
      ['Improper Disposal', 1, 3_000, 0],
      ['Other', 1, 800, 0],
      ['Loss', 1, 700, 0],
      ['', 1, 650, 0],
      ['Unknown', 1, 0, 1],
    ]);
    // 13 breaches, two of them with two types.
    expect(result.reduce((n, c) => n + c.breaches, 0)).toBe(15);
  });

  it('countByCategory(table, rows, "location") counts a breach under each location it names', () => {
    expect(brief('location')).toEqual([
      ['Network Server', 4, 12_151_500, 0],
      ['Email', 3, 150_501, 1],
      ['Paper/Films', 3, 6_200, 0],
      ['Laptop', 2, 6_700, 0],
      ['Desktop Computer', 1, 800, 0],
      ['(none)', 1, 650, 0],
      ['Other', 1, 0, 1],
    ]);
  });

  it('countByCategory(table, rows, field) counts entity type, business associate, status and placeholder', () => {
    expect(brief('entityType')).toEqual([
      ['Healthcare Provider', 7, 7_051, 2],
      ['Health Plan', 3, 12_003_000, 0],
      ['Business Associate', 1, 150_000, 0],
      ['Healthcare Clearing House', 1, 3_000, 0],
      ['(none)', 1, 800, 0],
    ]);
    expect(brief('businessAssociate')).toEqual([
      ['No', 9, 10_851, 2],
      ['Yes', 3, 12_152_500, 0],
      ['(none)', 1, 500, 0],
    ]);
    expect(brief('status')).toEqual([
      ['archived', 7, 8_350, 1],
      ['open', 5, 12_005_501, 1],
      ['closed', 1, 150_000, 0],
    ]);
    expect(countByCategory(table, all, 'placeholder').map((c) => [c.key, c.breaches])).toEqual([
      ['0', 11],
      ['1', 2],
    ]);
  });

  it('countByCategory(table, rows, field) lists every category of the table, zeros last, when rows are filtered', () => {
    expect(brief('status', rowsOf(table, 'r05'))).toEqual([
      ['closed', 1, 150_000, 0],
      ['archived', 0, 0, 0],
      ['open', 0, 0, 0],
    ]);
  });
});
