import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrlState, serializeUrlState } from '../../src/state/urlState';
import { DIMENSIONS } from '../../src/state/dimensions';
import { DEFAULT_VIEW, type CategoryFilters, type ViewState } from '../../src/state/viewState';

/** Values a link may carry per dimension (any other dimension gets generic ones). */
const SAMPLE_VALUES: Partial<Record<string, string[]>> = {
  breachType: ['Theft', 'Hacking/IT Incident', 'Loss', ''],
  entityType: ['Health Plan', 'Business Associate'],
  location: ['Email', 'Paper/Films', 'Network Server'],
  businessAssociate: ['Yes', 'No'],
  state: ['CA', 'NY', 'PR', ''],
};

const arbView: fc.Arbitrary<ViewState> = fc.record({
  page: fc.constantFrom('explore' as const, 'workforce' as const, 'import' as const),
  yearFrom: fc.option(fc.integer({ min: 2009, max: 2026 })),
  yearTo: fc.option(fc.integer({ min: 2009, max: 2026 })),
  measure: fc.constantFrom('individuals' as const, 'breaches' as const),
  scale: fc.constantFrom('linear' as const, 'log' as const),
  setAsideMega: fc.boolean(),
  filters: fc.record(
    Object.fromEntries(
      DIMENSIONS.map((d) => [
        d.key,
        fc
          .uniqueArray(fc.constantFrom(...(SAMPLE_VALUES[d.key] ?? ['', 'A', 'B c'])))
          .map((a) => a.sort()),
      ]),
    ),
  ) as fc.Arbitrary<CategoryFilters>,
  search: fc.string({ maxLength: 20 }),
  sort: fc.constantFrom(
    'individuals' as const,
    'submitted' as const,
    'name' as const,
    'state' as const,
  ),
  sortDesc: fc.boolean(),
  breach: fc.option(fc.constantFrom('2024-07-19-changehealthcareinc', '2015-02-13-anthem inc')),
  cycle: fc.option(fc.constantFrom('2023-33', '2024-34')),
  payPeriod: fc.option(fc.constantFrom('2023-05', '2024-05')),
  baseYear: fc.option(fc.integer({ min: 2009, max: 2026 })),
  indexScale: fc.constantFrom('linear' as const, 'log' as const),
  timeView: fc.constantFrom('totals' as const, 'change' as const),
});

describe('urlState', () => {
  it('parseUrlState(query) reads the workforce choices and drops values that are not short identifiers', () => {
    const v = parseUrlState(
      '?v=2&page=workforce&cycle=2023-33&payp=2024-05&base=2015&iscale=linear',
    );
    expect([v.cycle, v.payPeriod, v.baseYear, v.indexScale]).toEqual([
      '2023-33',
      '2024-05',
      2015,
      'linear',
    ]);
    expect(parseUrlState('?v=2&cycle=%3Cscript%3E&base=15').cycle).toBeNull();
    expect(parseUrlState('?v=2&base=15').baseYear).toBeNull();
  });

  it('serializeUrlState(view) writes a versioned query that parseUrlState reads back unchanged', () => {
    expect(serializeUrlState({ ...DEFAULT_VIEW, yearFrom: 2015, yearTo: 2016 })).toBe(
      '?v=2&from=2015&to=2016',
    );
    fc.assert(
      fc.property(arbView, (view) => {
        const back = parseUrlState(serializeUrlState(view));
        const { yearFrom: a, yearTo: b } = view;
        const expected =
          a !== null && b !== null && a > b ? { ...view, yearFrom: b, yearTo: a } : view;
        expect(back).toEqual(expected);
      }),
    );
  });

  it('parseUrlState(search) reads filters, measure and the open breach', () => {
    const view = parseUrlState(
      '?v=2&type=Theft&state=CA,~&m=breaches&scale=log&mega=0&q=anthem&sort=name&breach=x',
    );
    expect(view.filters.breachType).toEqual(['Theft']);
    expect(view.filters.state).toEqual(['', 'CA']);
    expect(view).toMatchObject({
      measure: 'breaches',
      scale: 'log',
      setAsideMega: true,
      search: 'anthem',
      sort: 'name',
      sortDesc: false,
      breach: 'x',
    });
  });

  it('parseUrlState(search) migrates an unversioned years=A-B link and a v1 from/to link', () => {
    expect(parseUrlState('?years=2019-2021')).toMatchObject({ yearFrom: 2019, yearTo: 2021 });
    expect(parseUrlState('?v=1&from=2015&to=2016')).toEqual({
      ...DEFAULT_VIEW,
      yearFrom: 2015,
      yearTo: 2016,
    });
  });

  it('parseUrlState(search) falls back to defaults for malformed values', () => {
    expect(parseUrlState('?v=2&from=abc&to=99999&m=nope&sort=evil')).toEqual(DEFAULT_VIEW);
  });
});
