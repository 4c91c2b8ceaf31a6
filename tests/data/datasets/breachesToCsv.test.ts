import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BREACH_CSV_HEADER, breachesToCsv } from '../../../src/data/datasets/breachesToCsv';
import { fixtureTable, rowsOf } from '../breachFixture';

describe('breachesToCsv', () => {
  it('breachesToCsv(table, rows) writes one line per row with the portal-style header and a neutralised entity name', () => {
    const table = fixtureTable();
    const csv = breachesToCsv(table, rowsOf(table, 'r01', 'r02', 'r03'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...BREACH_CSV_HEADER]);
    expect(parsed).toHaveLength(4);
    expect(parsed[1]).toEqual([
      'Alpha Clinic',
      'CA',
      'Healthcare Provider',
      '1000',
      '2019-03-05',
      'Hacking/IT Incident',
      'Network Server',
      'No',
      'archived',
      'no',
    ]);
    expect(parsed[2]?.[0]).toBe("'=SUM(A1:A2) Health");
    expect(parsed[2]?.[5]).toBe('Theft, Unauthorized Access/Disclosure');
    // Unknown count: empty, not 0.
    expect(parsed[3]?.[3]).toBe('');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
