import { describe, expect, it } from 'vitest';
import { parseOccupations } from '../../../src/data/workforce/parseOccupations';
import { fixtureRows, shippedRecords, shippedRows } from './workforceFixture';

describe('parseOccupations', () => {
  it('parseOccupations(shipped occupations.csv) keeps file order and splits the role tags', () => {
    const result = parseOccupations(shippedRows('occupations.csv'));
    expect(result.issues).toEqual([]);
    expect(result.rows.map((o) => o.key)).toEqual(
      shippedRecords('occupations.csv').map((r) => r.occupation_key),
    );
    expect(result.rows.find((o) => o.key === 'health_information_technologists')?.roles).toEqual([
      'health_informatics',
      'health_information_management',
    ]);
    expect(result.rows.at(-1)).toMatchObject({
      key: 'all_occupations',
      soc: '00-0000',
      roles: ['benchmark'],
    });
  });

  it('parseOccupations(rows) skips a row with a malformed SOC code or an unknown role, naming both fields', () => {
    const result = parseOccupations(fixtureRows('occupations-small.csv'), 'occupations-small.csv');
    expect(result.rows.map((o) => o.key)).toEqual([
      'information_security_analysts',
      'database_administrators',
      'all_occupations',
    ]);
    expect(result.issues.map((i) => `${i.row} ${i.field} ${i.code}`)).toEqual([
      '5 soc_code bad-soc',
      '5 roles bad-role',
    ]);
  });
});
