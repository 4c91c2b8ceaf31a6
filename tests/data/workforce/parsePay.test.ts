import { describe, expect, it } from 'vitest';
import { parsePay } from '../../../src/data/workforce/parsePay';
import { fixtureRows, shippedRecords, shippedRows } from './workforceFixture';

describe('parsePay', () => {
  it('parsePay(shipped pay.csv) reads the May 2024 median of information security analysts and the top-coded 90th percentile as null', () => {
    const result = parsePay(shippedRows('pay.csv'));
    expect(result.issues).toEqual([]);
    expect(result.rows).toHaveLength(shippedRecords('pay.csv').length);
    const isa = result.rows.find(
      (r) => r.occupationKey === 'information_security_analysts' && r.period === '2024-05',
    );
    expect(isa).toMatchObject({
      periodLabel: 'May 2024',
      medianAnnual: 124_910,
      medianHourly: 60.05,
      p10Annual: 69_660,
      p90Annual: 186_420,
      p90TopCoded: false,
    });
    const cism = result.rows.find(
      (r) => r.occupationKey === 'computer_information_systems_managers' && r.period === '2024-05',
    );
    expect(cism).toMatchObject({ p90Annual: null, p90TopCoded: true });
  });

  it('parsePay(rows) drops a number given beside a top-code flag, keeps empty figures as null and skips bad periods and flags', () => {
    const result = parsePay(fixtureRows('pay-topcoded.csv'), 'pay-topcoded.csv');
    expect(result.rows.map((r) => r.occupationKey)).toEqual([
      'computer_information_systems_managers',
      'information_security_analysts',
    ]);
    expect(result.rows[0]).toMatchObject({ p90Annual: null, p90TopCoded: true });
    expect(result.rows[1]?.p90Annual).toBeNull();
    expect(result.issues.map((i) => `${i.severity} ${i.row} ${i.field} ${i.code}`)).toEqual([
      'warning 2 p90_annual topcoded-value',
      'error 4 period bad-period',
      'error 4 p90_annual_topcoded bad-flag',
    ]);
  });
});
