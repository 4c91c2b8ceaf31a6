import { describe, expect, it } from 'vitest';
import {
  describeSelection,
  formatShare,
  type SelectionFilters,
  type SelectionInput,
} from '../../../src/data/views/describeSelection';

const none: SelectionFilters = {
  breachType: [],
  entityType: [],
  location: [],
  businessAssociate: [],
  state: [],
};
const anthemYears: SelectionInput = {
  yearFrom: 2015,
  yearTo: 2016,
  summary: { breaches: 598, individuals: 129_177_724, unknownCounts: 0 },
  largestName: 'Anthem Inc.',
  largestIndividuals: 78_800_000,
  filters: none,
};

describe('describeSelection', () => {
  it('describeSelection(year range, largest) names the range, totals and the largest share without a doubled full stop', () => {
    expect(describeSelection(anthemYears)).toBe(
      'In 2015–2016, 598 breaches exposed the records of 129,177,724 people; Anthem Inc. alone accounted for 78,800,000 (61%).',
    );
  });

  it('describeSelection(single year) says "In 2024"', () => {
    expect(
      describeSelection({
        yearFrom: 2024,
        yearTo: 2024,
        summary: { breaches: 734, individuals: 276_775_457, unknownCounts: 0 },
        largestName: 'Change Healthcare, Inc.',
        largestIndividuals: 192_700_000,
      }),
    ).toBe(
      'In 2024, 734 breaches exposed the records of 276,775,457 people; Change Healthcare, Inc. alone accounted for 192,700,000 (70%).',
    );
  });

  it('describeSelection(unknown counts) says how many reports give no count', () => {
    expect(
      describeSelection({ ...anthemYears, summary: { ...anthemYears.summary, unknownCounts: 12 } }),
    ).toBe(
      'In 2015–2016, 598 breaches exposed the records of 129,177,724 people (12 reports give no count); Anthem Inc. alone accounted for 78,800,000 (61%).',
    );
    expect(
      describeSelection({ ...anthemYears, summary: { ...anthemYears.summary, unknownCounts: 1 } }),
    ).toContain('(1 report gives no count);');
  });

  it('describeSelection(type and state filters) mentions them briefly after the breach count', () => {
    expect(
      describeSelection({
        yearFrom: 2009,
        yearTo: 2026,
        summary: { breaches: 57, individuals: 1_234_567, unknownCounts: 0 },
        largestName: 'Alpha Clinic',
        largestIndividuals: 400_000,
        filters: { ...none, breachType: ['Loss', 'Theft'], state: ['CA'] },
      }),
    ).toBe(
      'In 2009–2026, 57 breaches involving Loss or Theft in CA exposed the records of 1,234,567 people; Alpha Clinic alone accounted for 400,000 (32%).',
    );
  });

  it('describeSelection(every kind of filter) writes each as a phrase, in a fixed order', () => {
    expect(
      describeSelection({
        yearFrom: 2020,
        yearTo: 2021,
        summary: { breaches: 3, individuals: 3_000, unknownCounts: 0 },
        largestName: null,
        largestIndividuals: null,
        filters: {
          breachType: ['Hacking/IT Incident'],
          location: ['Email', 'Laptop', 'Network Server'],
          entityType: ['Health Plan', 'Healthcare Provider'],
          businessAssociate: ['Yes'],
          state: ['', 'NY', 'TX'],
        },
        search: '  mercy ',
        megaThreshold: 10_000_000,
      }),
    ).toBe(
      'In 2020–2021, 3 breaches involving Hacking/IT Incident from Email, Laptop or Network Server reported by a Health Plan or a Healthcare Provider with a business associate involved in NY or TX or with no state given whose entity name contains “mercy” (setting aside breaches of 10,000,000 or more people) exposed the records of 3,000 people.',
    );
  });

  it("describeSelection(filters on '' keys and long lists) says 'no stated …' and counts rather than lists", () => {
    expect(
      describeSelection({
        yearFrom: 2020,
        yearTo: 2020,
        summary: { breaches: 2, individuals: 10, unknownCounts: 0 },
        largestName: null,
        largestIndividuals: null,
        filters: {
          breachType: [''],
          location: [],
          entityType: ['', 'Business Associate'],
          businessAssociate: ['', 'No'],
          state: ['CA', 'FL', 'NY', 'TX', 'WA'],
        },
      }),
    ).toBe(
      'In 2020, 2 breaches involving no stated type reported by an entity of unstated type or a Business Associate with business-associate involvement unstated or no business associate in 5 states exposed the records of 10 people.',
    );
  });

  it('describeSelection(zero breaches, filters) says no breaches match', () => {
    expect(
      describeSelection({
        yearFrom: 2015,
        yearTo: 2016,
        summary: { breaches: 0, individuals: 0, unknownCounts: 0 },
        largestName: null,
        largestIndividuals: null,
        filters: { ...none, state: ['GU'] },
      }),
    ).toBe('No breaches match the current filters in 2015–2016.');
  });

  it('describeSelection(zero breaches, no filters) says none were reported', () => {
    expect(
      describeSelection({
        yearFrom: 2026,
        yearTo: 2026,
        summary: { breaches: 0, individuals: 0, unknownCounts: 0 },
        largestName: null,
        largestIndividuals: null,
        filters: none,
      }),
    ).toBe('No breaches were reported in 2026.');
  });

  it('describeSelection(one breach) names it instead of giving its share', () => {
    expect(
      describeSelection({
        yearFrom: 2019,
        yearTo: 2019,
        summary: { breaches: 1, individuals: 1, unknownCounts: 0 },
        largestName: 'Alpha Clinic',
        largestIndividuals: 1,
        filters: { ...none, state: ['CA'] },
      }),
    ).toBe('In 2019, 1 breach in CA exposed the records of 1 person: Alpha Clinic.');
  });

  it('describeSelection(one breach, unknown count) says it gives no count', () => {
    expect(
      describeSelection({
        yearFrom: 2025,
        yearTo: 2025,
        summary: { breaches: 1, individuals: 0, unknownCounts: 1 },
        largestName: null,
        largestIndividuals: null,
      }),
    ).toBe('In 2025, 1 breach was reported, with no count of people affected.');
  });

  it('describeSelection(only unknown counts) says none has a count', () => {
    expect(
      describeSelection({
        yearFrom: 2025,
        yearTo: 2026,
        summary: { breaches: 4, individuals: 0, unknownCounts: 4 },
        largestName: null,
        largestIndividuals: null,
      }),
    ).toBe('In 2025–2026, 4 breaches were reported, none with a count of people affected.');
  });

  it('describeSelection(largest is every known individual) gives 100%, and a tiny share "under 1%"', () => {
    const base = { yearFrom: 2020, yearTo: 2020, largestName: 'Kilo Care' };
    expect(
      describeSelection({
        ...base,
        summary: { breaches: 2, individuals: 4_200, unknownCounts: 1 },
        largestIndividuals: 4_200,
      }),
    ).toBe(
      'In 2020, 2 breaches exposed the records of 4,200 people (1 report gives no count); Kilo Care alone accounted for 4,200 (100%).',
    );
    expect(
      describeSelection({
        ...base,
        summary: { breaches: 900, individuals: 1_000_000, unknownCounts: 0 },
        largestIndividuals: 4_000,
      }),
    ).toBe(
      'In 2020, 900 breaches exposed the records of 1,000,000 people; Kilo Care alone accounted for 4,000 (under 1%).',
    );
  });

  it('describeSelection(largest of 0 individuals) leaves out the share rather than divide by zero', () => {
    expect(
      describeSelection({
        yearFrom: 2020,
        yearTo: 2020,
        summary: { breaches: 2, individuals: 0, unknownCounts: 0 },
        largestName: 'Zero Co',
        largestIndividuals: 0,
      }),
    ).toBe('In 2020, 2 breaches exposed the records of 0 people.');
  });
});

describe('formatShare', () => {
  it('formatShare(ratio) rounds to whole percent but never to 0% or 100% for a part', () => {
    expect([0, 0.004, 0.006, 0.61, 0.994, 0.996, 1].map(formatShare)).toEqual([
      '0%',
      'under 1%',
      '1%',
      '61%',
      '99%',
      'over 99%',
      '100%',
    ]);
  });
});
