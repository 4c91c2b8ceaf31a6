import { describe, expect, it } from 'vitest';
import {
  breachTypeRows,
  countingFacts,
  indexYears,
  resolveBaseYear,
} from '../../../src/features/workforce/caseData';
import { fixtureTable } from '../../data/breachFixture';

const table = fixtureTable();

describe('indexYears', () => {
  it('indexYears(table, manifest) leaves out a first year that starts after January and marks the as-of year partial', () => {
    const index = indexYears(table, { submittedFrom: '2019-03-05', asOf: '2025-06-01' });
    expect(index.droppedFirstYear).toBe(2019);
    expect(index.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(index.partialYear).toBe(2025);
    // 2022 has no reports and 2025 is partial: neither can be the base.
    expect(index.baseOptions).toEqual([2020, 2021, 2023, 2024]);
    expect(index.defaultBase).toBe(2020);
  });

  it('indexYears(table, manifest) keeps a first year that starts in January and has no partial year when the as-of year is later', () => {
    const index = indexYears(table, { submittedFrom: '2019-01-02', asOf: '2026-05-03' });
    expect(index.droppedFirstYear).toBeNull();
    expect(index.years[0]?.year).toBe(2019);
    expect(index.partialYear).toBeNull();
    expect(index.baseOptions).toEqual([2019, 2020, 2021, 2023, 2024, 2025]);
  });
});

describe('resolveBaseYear', () => {
  it('resolveBaseYear(chosen, index) keeps an allowed choice and falls back to the default otherwise', () => {
    const index = indexYears(table, { submittedFrom: '2019-03-05', asOf: '2025-06-01' });
    expect(resolveBaseYear(2023, index)).toBe(2023);
    expect(resolveBaseYear(2025, index)).toBe(2020);
    expect(resolveBaseYear(2022, index)).toBe(2020);
    expect(resolveBaseYear(null, index)).toBe(2020);
  });
});

describe('breachTypeRows', () => {
  it('breachTypeRows(table) counts a report under each type it names and joins the preventing roles', () => {
    const rows = breachTypeRows(table);
    expect(rows.map((r) => [r.label, r.breaches, r.individuals])).toEqual([
      ['Hacking/IT Incident', 5, 12_152_001],
      ['Unauthorized Access/Disclosure', 3, 152_500],
      ['Theft', 2, 6_700],
      ['Improper Disposal', 1, 3_000],
      ['Other', 1, 800],
      ['Loss', 1, 700],
      ['(none)', 1, 650],
      ['Unknown', 1, 0],
    ]);
    expect(rows[0]?.occupationKeys).toContain('information_security_analysts');
    expect(rows.find((r) => r.type === '')?.occupationKeys).toEqual([]);
    expect(rows.reduce((s, r) => s + r.breaches, 0)).toBe(15);
  });
});

describe('countingFacts', () => {
  it('countingFacts(table) gives reports, placeholders, unknown counts, empty states and type entries', () => {
    expect(countingFacts(table)).toEqual({
      breaches: 13,
      placeholders: 2,
      unknownCounts: 2,
      noState: 2,
      typeEntries: 15,
    });
  });
});
