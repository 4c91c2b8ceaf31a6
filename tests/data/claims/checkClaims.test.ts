import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildBreachTable } from '../../../src/data/table/buildBreachTable';
import {
  checkClaims,
  type ClaimResult,
  type NotableBreach,
  type YearTotals,
} from '../../../src/data/claims/checkClaims';
import { parseBreachRows } from '../../../src/data/datasets/parseBreachRows';
import { parseCountHistory } from '../../../src/data/datasets/parseCountHistory';
import { claimInputs } from '../../../src/features/workforce/claimInputs';

/** Hand-made (synthetic) yearly totals shaped like the record: 2015 is the individuals record before 2021. */
const YEARS: YearTotals[] = [
  { year: 2014, breaches: 300, individuals: 19_000_000 },
  { year: 2015, breaches: 270, individuals: 112_000_000 },
  { year: 2020, breaches: 660, individuals: 35_000_000 },
  { year: 2021, breaches: 715, individuals: 61_000_000 },
  { year: 2022, breaches: 720, individuals: 58_000_000 },
  { year: 2023, breaches: 747, individuals: 173_000_000 },
  { year: 2024, breaches: 743, individuals: 285_000_000 },
];
const LARGEST: NotableBreach[] = [
  { name: 'Anthem Inc.', year: 2015, submitted: '2015-02-13', individuals: 78_800_000 },
  {
    name: 'Change Healthcare, Inc.',
    year: 2024,
    submitted: '2024-07-19',
    individuals: 192_700_000,
  },
];

function run(years: YearTotals[] = YEARS, largest: NotableBreach[] = LARGEST): ClaimResult[] {
  return checkClaims({ years, largestByYear: largest });
}
const withYear = (year: number, patch: Partial<YearTotals>) =>
  YEARS.map((y) => (y.year === year ? { ...y, ...patch } : y));

describe('checkClaims', () => {
  it('checkClaims(history) gives partly / partly / holds when 2015 outranks 2021 by individuals and Change Healthcare is the largest', () => {
    const [c1, c2, c3] = run();
    expect([c1?.verdict, c2?.verdict, c3?.verdict]).toEqual(['partly', 'partly', 'holds']);
    expect(c1?.reason).toContain('2015 had 112,000,000, more than 2021');
    expect(c1?.reason).toContain(
      'By number of reports 2021 was a record: 715, above the 660 of 2020',
    );
    expect(c2?.reason).toContain("2022's 58,000,000 stayed below the 112,000,000 of 2015");
    expect(c3?.reason).toContain(
      'Change Healthcare, Inc. (submitted 2024-07-19), lists 192,700,000 people',
    );
  });

  it('checkClaims(history) says claim 1 holds once 2021 has the most individuals of any year up to then', () => {
    const [c1] = run(withYear(2021, { individuals: 120_000_000 }));
    expect(c1?.verdict).toBe('holds');
    expect(c1?.reason).toContain(
      'By individuals affected it was a record: 120,000,000, above the 112,000,000 of 2015',
    );
    expect(c1?.numbers.find((n) => n.label === 'Individuals in 2021, merged history')?.value).toBe(
      120_000_000,
    );
  });

  it('checkClaims(history) says claim 1 does not hold when 2021 beats no earlier year on either measure', () => {
    const [c1] = run(withYear(2021, { breaches: 600 }));
    expect(c1?.verdict).toBe('does not hold');
    expect(c1?.reason).toContain('its 600 did not exceed the 660 of 2020');
  });

  it('checkClaims(history) reports the gap between the data’s 2021 total and the article’s 45.9 million in percent', () => {
    const near = run(withYear(2021, { individuals: 45_700_000 }))[0];
    expect(near?.numbers.find((n) => n.unit === 'percent')?.value).toBeCloseTo(
      ((45_700_000 - 45_900_000) / 45_900_000) * 100,
      10,
    );
    expect(near?.reason).toContain('within 5% of the article');
    expect(run()[0]?.reason).toContain('+32.9% against the article');
  });

  it('checkClaims(history) says claim 2 holds when 2022 and 2023 both set records on both measures, and does not when neither does', () => {
    const both = withYear(2022, { individuals: 150_000_000 });
    expect(run(both)[1]?.verdict).toBe('holds');
    const neither = YEARS.map((y) =>
      y.year === 2022 || y.year === 2023 ? { ...y, breaches: 100, individuals: 1_000 } : y,
    );
    expect(run(neither)[1]?.verdict).toBe('does not hold');
  });

  it('checkClaims(history) lists each year’s value once per measure for claim 2', () => {
    const labels = run()[1]?.numbers.map((n) => n.label);
    expect(labels).toEqual([
      'Most reports in a year before 2022 (2021)',
      'Breach reports in 2022',
      'Breach reports in 2023',
      'Most individuals in a year before 2022 (2015)',
      'Individuals in 2022',
      'Individuals in 2023',
    ]);
  });

  it('checkClaims(history) says claim 3 only partly holds when an earlier breach was larger', () => {
    const bigger = [{ ...LARGEST[0]!, individuals: 250_000_000 }, LARGEST[1]!];
    const c3 = run(YEARS, bigger)[2];
    expect(c3?.verdict).toBe('partly');
    expect(c3?.reason).toContain(
      'It is not the largest ever: Anthem Inc. (2015) lists 250,000,000',
    );
  });

  it('checkClaims(history) says claim 3 only partly holds when the largest 2024 breach is far from 190 million', () => {
    const small = [LARGEST[0]!, { ...LARGEST[1]!, individuals: 80_000_000 }];
    expect(run(YEARS, small)[2]?.verdict).toBe('partly');
    const neither = [LARGEST[0]!, { ...LARGEST[1]!, individuals: 1_000 }];
    expect(run(YEARS, neither)[2]?.verdict).toBe('does not hold');
  });

  it('checkClaims(history) cites the export in which a breach showed exactly the article’s 190 million', () => {
    const history = [
      { date: '2024-10-17', individuals: 100_000_000 },
      { date: '2025-06-25', individuals: 190_000_000 },
      { date: '2026-05-03', individuals: 192_700_000 },
    ];
    const c3 = run(YEARS, [LARGEST[0]!, { ...LARGEST[1]!, history }])[2];
    expect(c3?.numbers).toContainEqual({
      label: 'Its count in the export of 2025-06-25',
      value: 190_000_000,
      unit: 'individuals',
      source: 'hhs-ocr',
    });
    expect(c3?.reason).toContain('the very figure the article quotes');
  });

  it('checkClaims(history) says a claim does not hold when its year is missing from the data', () => {
    const results = run(
      YEARS.filter((y) => y.year !== 2021 && y.year !== 2022),
      LARGEST.filter((b) => b.year !== 2024),
    );
    // Change Healthcare gone too: Anthem is the largest, and no 2024 breach matches 190 million.
    expect(results.map((r) => r.verdict)).toEqual([
      'does not hold',
      'does not hold',
      'does not hold',
    ]);
    expect(results[0]?.reason).toBe(
      'The data holds no breach report submitted in 2021, so nothing supports the claim.',
    );
    expect(results[2]?.reason).toContain(
      'The data holds no 2024 report with a known count. The largest report in the data is Anthem Inc. (2015), with 78,800,000.',
    );
    expect(checkClaims({ years: YEARS, largestByYear: [] })[2]?.reason).toBe(
      'The data holds no breach report submitted in 2024, so nothing supports the claim.',
    );
  });

  it('checkClaims(history) ignores zero-filled years with no reports', () => {
    const zero = withYear(2021, { breaches: 0, individuals: 0 });
    expect(run(zero)[0]?.reason).toContain('no breach report submitted in 2021');
  });

  it('checkClaims(claimInputs(shipped table)) finds 2015, not 2021, holds the individuals record and Change Healthcare at 192.7 million', () => {
    const rows = Papa.parse<string[]>(readFileSync('datasets/breaches.csv', 'utf8'), {
      skipEmptyLines: 'greedy',
    }).data;
    const parsed = parseBreachRows(rows, 'breaches.csv');
    if (!parsed.ok) throw new Error('breaches.csv did not parse');
    const table = buildBreachTable(parsed.rows);
    const historyRows = Papa.parse<string[]>(readFileSync('datasets/count-history.csv', 'utf8'), {
      skipEmptyLines: 'greedy',
    }).data;
    const history = parseCountHistory(historyRows, 'count-history.csv');
    const [c1, c2, c3] = checkClaims(claimInputs(table, history.ok ? history.history : null));
    expect(c1?.verdict).toBe('partly');
    expect(
      c1?.numbers.find((n) => n.label.startsWith('Most individuals in any earlier year'))?.label,
    ).toBe('Most individuals in any earlier year (2015)');
    expect(c2?.verdict).toBe('partly');
    expect(c3?.verdict).toBe('holds');
    expect(c3?.numbers.find((n) => n.label.startsWith('Largest 2024 report'))).toEqual({
      label: 'Largest 2024 report: Change Healthcare, Inc.',
      value: 192_700_000,
      unit: 'individuals',
      source: 'hhs-ocr',
    });
  });
});
