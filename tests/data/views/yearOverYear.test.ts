import { describe, expect, it } from 'vitest';
import { formatChange, yearOverYear } from '../../../src/data/views/yearOverYear';

describe('yearOverYear', () => {
  it('yearOverYear(years, partial) gives each year minus the year before, in count and percent, and marks the partial year', () => {
    const rows = yearOverYear(
      [
        { year: 2020, breaches: 10, individuals: 1000 },
        { year: 2021, breaches: 15, individuals: 500 },
        { year: 2022, breaches: 0, individuals: 0 },
        { year: 2023, breaches: 4, individuals: 40 },
      ],
      2023,
    );
    expect(rows[0]?.breachesChange).toBeNull();
    expect(rows[1]?.breachesChange).toEqual({ delta: 5, percent: 50 });
    expect(rows[1]?.individualsChange).toEqual({ delta: -500, percent: -50 });
    expect(rows[3]?.breachesChange).toEqual({ delta: 4, percent: null });
    expect(rows.map((r) => r.partial)).toEqual([false, false, false, true]);
  });

  it('formatChange(change) writes the sign, thousands and one decimal of percent', () => {
    expect(formatChange({ delta: 1234, percent: 12.54 })).toBe('+1,234 (+12.5%)');
    expect(formatChange({ delta: -30, percent: -4 })).toBe('-30 (-4.0%)');
    expect(formatChange({ delta: 0, percent: 0 })).toBe('0 (0.0%)');
    expect(formatChange({ delta: 4, percent: null })).toBe('+4 (from none)');
    expect(formatChange(null)).toBe('—');
  });
});
