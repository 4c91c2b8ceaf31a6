import { describe, expect, it } from 'vitest';
import { buildBreachTable } from '../../../src/data/table/buildBreachTable';
import { fixtureTable } from '../breachFixture';
import { breachId, breachName } from '../../../src/data/table/breachText';

const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('buildBreachTable', () => {
  const table = fixtureTable();

  it('buildBreachTable(rows) stores submission dates as UTC day, year and year*12+month columns', () => {
    expect(table.length).toBe(13);
    expect(table.day).toBeInstanceOf(Int32Array);
    expect(table.day[0]).toBe(utcDay('2019-03-05'));
    expect(table.year).toBeInstanceOf(Int16Array);
    expect(Array.from(table.year)).toEqual([
      2019, 2019, 2020, 2020, 2020, 2021, 2023, 2023, 2024, 2024, 2025, 2025, 2021,
    ]);
    expect(table.month[0]).toBe(2019 * 12 + 2);
    expect(table.month[9]).toBe(2024 * 12 + 11);
    expect(table.span).toEqual({
      minDay: utcDay('2019-03-05'),
      maxDay: utcDay('2025-02-20'),
      minYear: 2019,
      maxYear: 2025,
      minMonth: 2019 * 12 + 2,
      maxMonth: 2025 * 12 + 1,
    });
  });

  it('buildBreachTable(rows) stores an unknown count as 0 with hasCount 0, never NaN', () => {
    expect(table.individuals).toBeInstanceOf(Float64Array);
    expect(table.individuals[2]).toBe(0);
    expect(table.hasCount[2]).toBe(0);
    expect(table.individuals[6]).toBe(12_000_000);
    expect(table.hasCount[6]).toBe(1);
    expect(Array.from(table.individuals).some(Number.isNaN)).toBe(false);
  });

  it('buildBreachTable(rows) encodes categories with sorted dictionaries where empty is its own key', () => {
    expect(table.state.keys).toEqual(['', 'CA', 'FL', 'NY', 'TX', 'WA']);
    expect(table.state.labels).toEqual(['(none)', 'CA', 'FL', 'NY', 'TX', 'WA']);
    expect(table.state.codes).toBeInstanceOf(Uint16Array);
    expect(table.state.keys[table.state.codes[3]!]).toBe('');
    expect(table.entityType.keys).toEqual([
      '',
      'Business Associate',
      'Health Plan',
      'Healthcare Clearing House',
      'Healthcare Provider',
    ]);
    expect(table.businessAssociate.keys).toEqual(['', 'No', 'Yes']);
    expect(table.status.keys).toEqual(['archived', 'closed', 'open']);
    expect(table.status.keys[table.status.codes[4]!]).toBe('closed');
  });

  it('buildBreachTable(rows) stores multi-valued fields as bitmasks, with a (none) bit for an empty list', () => {
    const { keys, masks, labels } = table.breachTypes;
    expect(keys).toEqual([
      '',
      'Hacking/IT Incident',
      'Improper Disposal',
      'Loss',
      'Other',
      'Theft',
      'Unauthorized Access/Disclosure',
      'Unknown',
    ]);
    expect(labels[0]).toBe('(none)');
    const names = (m: number) => keys.filter((_, b) => (m & (1 << b)) !== 0);
    expect(names(masks[1]!)).toEqual(['Theft', 'Unauthorized Access/Disclosure']);
    expect(names(masks[12]!)).toEqual(['']);
    const locations = table.locations;
    expect(locations.keys.filter((_, b) => (locations.masks[4]! & (1 << b)) !== 0)).toEqual([
      'Email',
      'Network Server',
    ]);
  });

  it('buildBreachTable(rows) keeps flags, snapshot dates, ids and literal names', () => {
    expect(Array.from(table.placeholder)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(table.webDescription[0]).toBe(1);
    expect(table.firstSeen[0]).toBe(utcDay('2024-08-29'));
    expect(table.lastSeen[6]).toBe(utcDay('2026-05-03'));
    expect(table.seenIn[6]).toBe(9);
    expect(breachId(table, 12)).toBe('r13');
    expect(breachName(table, 1)).toBe('=SUM(A1:A2) Health');
    expect(breachName(table, 10)).toBe('+Juliet Labs');
  });

  it('buildBreachTable([]) gives an empty table with no span', () => {
    const empty = buildBreachTable([]);
    expect(empty.length).toBe(0);
    expect(empty.span).toBeNull();
    expect(empty.state.keys).toEqual([]);
  });
});
