import { describe, expect, it } from 'vitest';
import { pickYears } from '../../src/features/explorer/pickYears';

const all = { from: 2009, to: 2026, filtered: false };

describe('pickYears', () => {
  it('pickYears(range, anchor, year, click) shows that year alone; the same year again goes back to all years', () => {
    expect(pickYears(all, null, 2015, false)).toEqual([2015, 2015]);
    expect(pickYears({ from: 2015, to: 2015, filtered: true }, 2015, 2015, false)).toBeNull();
    expect(pickYears({ from: 2015, to: 2018, filtered: true }, null, 2016, false)).toEqual([
      2016, 2016,
    ]);
  });

  it('pickYears(range, anchor, year, shift-click) extends from the anchor, either way', () => {
    const one = { from: 2015, to: 2015, filtered: true };
    expect(pickYears(one, 2015, 2020, true)).toEqual([2015, 2020]);
    expect(pickYears(one, 2015, 2011, true)).toEqual([2011, 2015]);
    // From the anchor again, not from the far end: 2015..2020 then shift-click 2017 = 2015..2017.
    expect(pickYears({ from: 2015, to: 2020, filtered: true }, 2015, 2017, true)).toEqual([
      2015, 2017,
    ]);
  });

  it('pickYears(range, no anchor, year, shift-click) widens a dragged range to reach the year, and acts as a click on all years', () => {
    expect(pickYears({ from: 2012, to: 2014, filtered: true }, null, 2018, true)).toEqual([
      2012, 2018,
    ]);
    expect(pickYears({ from: 2012, to: 2014, filtered: true }, 2020, 2010, true)).toEqual([
      2010, 2014,
    ]);
    expect(pickYears(all, null, 2019, true)).toEqual([2019, 2019]);
  });
});
