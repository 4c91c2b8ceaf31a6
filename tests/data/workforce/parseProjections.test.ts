import { describe, expect, it } from 'vitest';
import { parseProjections } from '../../../src/data/workforce/parseProjections';
import { fixtureRows, shippedRecords, shippedRows } from './workforceFixture';

describe('parseProjections', () => {
  it('parseProjections(shipped projections.csv) reads every row with its published values and no issue', () => {
    const result = parseProjections(shippedRows('projections.csv'));
    const records = shippedRecords('projections.csv');
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.rows).toHaveLength(records.length);
    const isa = result.rows.find(
      (r) => r.occupationKey === 'information_security_analysts' && r.cycle === '2023-33',
    );
    expect(isa).toMatchObject({
      baseYear: 2023,
      projectedYear: 2033,
      baseEmploymentK: 180.7,
      changePercent: 32.7,
      openingsK: 17.3,
      sourceKey: 'bls_ep_2023_33_table_1_2',
    });
    // Published change kept, not recomputed from rounded employment (566.5 − 521.1 = 45.4).
    expect(
      result.rows.find(
        (r) => r.occupationKey === 'computer_systems_analysts' && r.cycle === '2024-34',
      )?.changeK,
    ).toBe(45.5);
  });

  it('parseProjections(rows) skips bad rows with an error naming file, row and field, and keeps the good ones', () => {
    const result = parseProjections(fixtureRows('projections-bad.csv'), 'projections-bad.csv');
    expect(result.ok).toBe(true);
    expect(result.rows.map((r) => `${r.occupationKey} ${r.cycle}`)).toEqual([
      'information_security_analysts 2023-33',
      'all_occupations 2023-33',
    ]);
    const messages = result.issues.map((i) => i.message);
    expect(messages).toEqual([
      'projections-bad.csv row 5: has 10 fields, expected 13; row skipped',
      'projections-bad.csv row 3, change_percent: "28.5%" is not a plain number; row skipped',
      'projections-bad.csv row 4, cycle: "2024-34" does not match base year 2023 and projected year 2034; row skipped',
      'projections-bad.csv row 7, cycle: "information_security_analysts" has two rows for 2023-33; row skipped',
    ]);
    expect(result.issues[1]).toMatchObject({
      file: 'projections-bad.csv',
      row: 3,
      field: 'change_percent',
      severity: 'error',
      code: 'bad-number',
    });
    expect(result.rows[1]?.crossCheckKeys).toEqual(['ep_release', 'ep_gone']);
  });

  it('parseProjections(rows) refuses a file with a renamed column or no rows at all', () => {
    const rows = shippedRows('projections.csv').map((r) => [...r]);
    rows[0]![9] = 'percent';
    const renamed = parseProjections(rows);
    expect(renamed.ok).toBe(false);
    expect(renamed.rows).toEqual([]);
    expect(renamed.issues[0]).toMatchObject({ code: 'bad-header', row: 1 });
    expect(parseProjections([]).issues[0]?.message).toBe('projections.csv: empty file');
  });
});
