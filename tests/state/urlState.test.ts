import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrlState, serializeUrlState } from '../../src/state/urlState';

describe('urlState', () => {
  it('serializeUrlState(view) writes a versioned query that parseUrlState reads back', () => {
    expect(serializeUrlState({ yearFrom: 2015, yearTo: 2016 })).toBe('?v=1&from=2015&to=2016');
    expect(parseUrlState('?v=1&from=2015&to=2016')).toEqual({ yearFrom: 2015, yearTo: 2016 });
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 1990, max: 2100 })), fc.option(fc.integer({ min: 1990, max: 2100 })), (a, b) => {
        const view = { yearFrom: a, yearTo: b };
        const back = parseUrlState(serializeUrlState(view));
        if (a !== null && b !== null && a > b) expect(back).toEqual({ yearFrom: b, yearTo: a });
        else expect(back).toEqual(view);
      }),
    );
  });

  it('parseUrlState(search) migrates an unversioned years=A-B link', () => {
    expect(parseUrlState('?years=2019-2021')).toEqual({ yearFrom: 2019, yearTo: 2021 });
  });

  it('parseUrlState(search) falls back to defaults for malformed values', () => {
    expect(parseUrlState('?v=1&from=abc&to=99999')).toEqual({ yearFrom: null, yearTo: null });
    expect(parseUrlState('?v=999&from=2020')).toEqual({ yearFrom: 2020, yearTo: null });
  });
});
